import styles from '../block-kit.module.css';
import type { ValidationError } from '../types';

/** Errors about the surface as a whole, listed above its blocks. */
export function ViewErrors({ errors }: { errors: ValidationError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className={styles.viewErrors} aria-label="Validation errors">
      {errors.map((error) => (
        <li key={`${error.pointer}:${error.message}`} data-pointer={error.pointer}>
          <code>{error.pointer || '/'}</code> {error.message}
        </li>
      ))}
    </ul>
  );
}
