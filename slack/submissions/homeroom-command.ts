import type { WorkLocation } from '@/db/schema';

export type HomeroomCommand =
  | { name: 'in'; location: WorkLocation; note: string | null }
  | { name: 'out' }
  | { name: 'status' }
  | { name: 'help' }
  | { name: 'request'; kind: 'leave' | 'expense' | 'equipment' | 'general' }
  | { name: 'unknown'; text: string };

const NOTE_LIMIT = 500;

/** `/homeroom` text → a command. `in` takes an optional `office`/`remote` and a free-text note. */
export function parseHomeroomCommand(text: string | undefined): HomeroomCommand {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  const [first, ...rest] = words;
  switch (first?.toLowerCase()) {
    case undefined:
    case 'status':
      return { name: 'status' };
    case 'in':
    case 'checkin':
    case 'check-in': {
      const place = rest[0]?.toLowerCase();
      const location: WorkLocation =
        place === 'remote' || place === 'home' || place === 'wfh' ? 'remote' : 'office';
      const noteWords = place === 'office' || location === 'remote' ? rest.slice(1) : rest;
      const note = noteWords.join(' ').slice(0, NOTE_LIMIT);
      return { name: 'in', location, note: note === '' ? null : note };
    }
    case 'out':
    case 'checkout':
    case 'check-out':
      return { name: 'out' };
    case 'help':
    case '?':
      return { name: 'help' };
    case 'request':
    case 'leave':
    case 'expense': {
      // `/homeroom request expense` (or just `/homeroom leave`) opens the modal on that kind.
      const kinds = ['leave', 'expense', 'equipment', 'general'] as const;
      const wanted = (first.toLowerCase() === 'request' ? rest[0] : first)?.toLowerCase();
      return { name: 'request', kind: kinds.find((k) => k === wanted) ?? 'leave' };
    }
    default:
      return { name: 'unknown', text: words.join(' ') };
  }
}
