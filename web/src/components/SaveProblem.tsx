import { Link } from 'react-router';
import { describeError, duplicates, isConflict } from '../errors';
import { Notice } from './Notice';

/**
 * Why a save failed, above the form: a lost update offers to reload; an address already in use links to the
 * contact holding it; field problems point at the fields (shown beside each); anything else in words.
 */
export function SaveProblem({
  error,
  what,
  unplaced,
  onReload,
}: {
  error: unknown;
  what: string;
  /** Field messages whose path names no field on this form. */
  unplaced: string[];
  onReload?: () => void;
}) {
  if (!error) return null;
  if (isConflict(error)) {
    return (
      <Notice kind="error">
        <p>Someone else changed this {what} while you were editing it. Your changes were not saved.</p>
        {onReload && (
          <button type="button" onClick={onReload}>
            Reload the latest version
          </button>
        )}
      </Notice>
    );
  }
  const taken = duplicates(error);
  if (taken.length > 0) {
    return (
      <Notice kind="error">
        {taken.map((d) => (
          <p key={d.email}>
            {d.email} is already used by{' '}
            <Link to={`/contacts/${d.takenBy.id}`}>{d.takenBy.name ?? 'another contact'}</Link>. An email address can
            belong to one person only.
          </p>
        ))}
      </Notice>
    );
  }
  return (
    <Notice kind="error">
      <p>{describeError(error)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
