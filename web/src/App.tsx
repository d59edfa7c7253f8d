import { useEffect } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth';
import { onUnauthorized } from './errors';
import { Board } from './pages/Board';
import { ClientForm } from './pages/ClientForm';
import { ClientPage } from './pages/ClientPage';
import { ClientsList } from './pages/ClientsList';
import { ContactForm } from './pages/ContactForm';
import { ContactPage } from './pages/ContactPage';
import { ContactsList } from './pages/ContactsList';
import { NotFound } from './pages/NotFound';
import { SignIn } from './pages/SignIn';

export function App() {
  const { api, signOut } = useAuth();
  const location = useLocation();
  useEffect(() => {
    onUnauthorized(signOut);
    return () => onUnauthorized(null);
  }, [signOut]);
  // Each page moves focus to its heading (see useTitle); the skip link is for the header's controls.
  if (!api) return <SignIn from={location.pathname + location.search} />;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Clientele</span>
        <nav aria-label="Main">
          <NavLink to="/contacts">Contacts</NavLink>
          <NavLink to="/board">Pipeline</NavLink>
          <NavLink to="/clients">Clients</NavLink>
        </nav>
        <button type="button" className="link" onClick={() => signOut('You have signed out.')}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to="/contacts" replace />} />
          <Route path="/contacts" element={<ContactsList />} />
          <Route path="/contacts/new" element={<ContactForm />} />
          <Route path="/contacts/:id" element={<ContactPage />} />
          <Route path="/contacts/:id/edit" element={<ContactForm />} />
          <Route path="/board" element={<Board />} />
          <Route path="/clients" element={<ClientsList />} />
          <Route path="/clients/new" element={<ClientForm />} />
          <Route path="/clients/:id" element={<ClientPage />} />
          <Route path="/clients/:id/edit" element={<ClientForm />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </>
  );
}
