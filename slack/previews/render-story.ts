// The validator is plain TypeScript; importing it directly (not the index) keeps React out of slack/.
import type { ValidationError } from '@/components/block-kit/types';
import { validateSurface } from '@/components/block-kit/validate/validate-surface';
import { getStory } from './index';

export interface RenderedStory {
  /** Plain JSON of the rendered view, or null when nothing could be rendered. */
  json: unknown;
  /** Slack limit errors, like `blocks.validate` reports them. */
  errors: ValidationError[];
  /** Why nothing was rendered: unknown story, props that are not an object, a view that threw. */
  error?: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const failed = (error: string): RenderedStory => ({ json: null, errors: [], error });

/**
 * Renders a story through its jsx-slack view and validates the result. `propsOverride`, when given,
 * replaces the fixture props entirely (the controls panel always sends the whole edited object), so a
 * key deleted in the editor really is absent. Bad input is reported, never thrown.
 */
export function renderStory(id: string, propsOverride?: unknown): RenderedStory {
  const story = typeof id === 'string' ? getStory(id) : undefined;
  if (!story) return failed(`There is no story "${String(id)}".`);
  if (propsOverride !== undefined && !isPlainObject(propsOverride)) {
    const got =
      propsOverride === null
        ? 'null'
        : Array.isArray(propsOverride)
          ? 'an array'
          : `a ${typeof propsOverride}`;
    return failed(`Props must be a JSON object; got ${got}.`);
  }
  const props = propsOverride ?? story.props;
  let json: unknown;
  try {
    json = story.render(props);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return failed(`The view threw with these props: ${message}`);
  }
  let errors: ValidationError[];
  try {
    errors = validateSurface(story.surface, json);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      json,
      errors: [{ pointer: '', message: `Validation failed: ${message}`, code: 'validator_crashed' }],
    };
  }
  return { json, errors };
}
