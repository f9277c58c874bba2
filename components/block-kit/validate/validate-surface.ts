import { isObj, objs, str } from '../composition/json';
import type { Surface, ValidationError } from '../types';
import { validateBlock, validateBlockIds } from './blocks';
import { limits } from './limits';
import { Report } from './report';

function blocksOf(view: Record<string, unknown>, surface: Surface, r: Report): void {
  const list = r.count(view.blocks, '/blocks', limits.blocks[surface]);
  if (!list) return;
  list.forEach((block, index) => {
    if (isObj(block)) validateBlock(block, `/blocks/${index}`, surface, r);
    else r.add(`/blocks/${index}`, 'must be a block object');
  });
  validateBlockIds(list, r);
}

function viewFields(view: Record<string, unknown>, r: Report): void {
  r.length(view.private_metadata, '/private_metadata', limits.privateMetadata);
  r.length(view.callback_id, '/callback_id', limits.callbackId);
  r.length(view.external_id, '/external_id', limits.externalId);
}

/**
 * Checks a message ({ text?, blocks }) or a view against Slack's documented limits and surface rules.
 * Errors are shaped like `blocks.validate`: a JSON pointer into the object, a message and a code.
 */
export function validateSurface(surface: Surface, view: unknown): ValidationError[] {
  const r = new Report('invalid_blocks');
  if (!isObj(view)) {
    r.add('', 'must be an object', 'invalid_arguments');
    return r.errors;
  }
  if (surface === 'message') {
    const hasBlocks = Array.isArray(view.blocks) && view.blocks.length > 0;
    const text = str(view.text);
    if (!text && !hasBlocks) r.add('/text', 'is required when no blocks are provided', 'invalid_arguments');
    else if (!text)
      r.add('/text', 'should be provided as the notification fallback for blocks', 'invalid_arguments');
    r.length(view.text, '/text', limits.messageText);
    blocksOf(view, surface, r);
    return r.errors;
  }

  const expected = surface === 'modal' ? 'modal' : 'home';
  if (view.type !== expected) r.add('/type', `must be ${expected}`, 'invalid_arguments');
  if (!Array.isArray(view.blocks)) r.add('/blocks', 'is required');
  viewFields(view, r);
  if (surface === 'modal') {
    const title = new Report('invalid_arguments');
    title.text(view.title, '/title', limits.modalTitle, { required: true, plain: true });
    title.text(view.submit, '/submit', limits.modalButton, { plain: true });
    title.text(view.close, '/close', limits.modalButton, { plain: true });
    r.errors.push(...title.errors);
    const needsSubmit = objs(view.blocks).some((block) => block.type === 'input');
    if (needsSubmit && !isObj(view.submit)) {
      r.add('/submit', 'is required when the view contains input blocks', 'invalid_arguments');
    }
  }
  blocksOf(view, surface, r);
  return r.errors;
}
