import { Link } from 'react-router';
import { useTitle } from '../hooks';

export function NotFound() {
  useTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/contacts">Go to contacts</Link>.
      </p>
    </>
  );
}
