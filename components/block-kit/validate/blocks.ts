import { isObj, str } from '../composition/json';
import type { Json, Surface } from '../types';
import { validateElement, validateImage } from './elements';
import { blockElements, blockSurfaces, limits } from './limits';
import type { Report } from './report';

function elements(block: Json, pointer: string, surface: Surface, r: Report, max: number, min = 1): void {
  const type = str(block.type) ?? '';
  const list = r.count(block.elements, `${pointer}/elements`, max, min);
  const seen = new Set<string>();
  list?.forEach((element, index) => {
    const at = `${pointer}/elements/${index}`;
    if (!isObj(element)) {
      r.add(at, 'must be an element object');
      return;
    }
    checkElement(type, element, at, surface, r);
    const actionId = str(element.action_id);
    if (actionId && seen.has(actionId)) r.add(`${at}/action_id`, 'must be unique within the block');
    if (actionId) seen.add(actionId);
  });
}

function checkElement(blockType: string, element: Json, pointer: string, surface: Surface, r: Report): void {
  const type = str(element.type) ?? '';
  const allowed = blockElements[blockType];
  if (allowed && !allowed.includes(type))
    r.add(`${pointer}/type`, `${type || 'element'} is not allowed in a ${blockType} block`);
  validateElement(element, pointer, surface, r);
}

/** Checks one block against its type's limits and the surface it is shown on. */
export function validateBlock(block: Json, pointer: string, surface: Surface, r: Report): void {
  const type = str(block.type);
  const surfaces = type ? blockSurfaces[type] : undefined;
  if (!type || !surfaces) {
    r.add(`${pointer}/type`, type ? `unknown block type ${type}` : 'is required');
    return;
  }
  if (!surfaces.includes(surface))
    r.add(`${pointer}/type`, `${type} blocks are not available in ${surface} surfaces`);
  r.length(block.block_id, `${pointer}/block_id`, limits.blockId);

  switch (type) {
    case 'section': {
      if (block.text === undefined && block.fields === undefined)
        r.add(pointer, 'must provide text or fields');
      r.text(block.text, `${pointer}/text`, limits.sectionText);
      const fields = r.count(
        block.fields,
        `${pointer}/fields`,
        limits.sectionFields,
        block.fields === undefined ? 0 : 1,
      );
      fields?.forEach((field, index) => {
        r.text(field, `${pointer}/fields/${index}`, limits.sectionField, { required: true });
      });
      if (block.accessory !== undefined) {
        if (isObj(block.accessory))
          checkElement('section', block.accessory, `${pointer}/accessory`, surface, r);
        else r.add(`${pointer}/accessory`, 'must be an element object');
      }
      return;
    }
    case 'header':
      r.text(block.text, `${pointer}/text`, limits.headerText, { required: true, plain: true });
      return;
    case 'image':
      validateImage(block, pointer, r);
      r.text(block.title, `${pointer}/title`, limits.imageTitle, { plain: true });
      return;
    case 'context': {
      const list = r.count(block.elements, `${pointer}/elements`, limits.contextElements, 1);
      list?.forEach((element, index) => {
        const at = `${pointer}/elements/${index}`;
        if (!isObj(element)) r.add(at, 'must be an image or text object');
        else if (element.type === 'image') validateImage(element, at, r);
        else r.text(element, at, limits.sectionText, { required: true });
      });
      return;
    }
    case 'actions':
      elements(block, pointer, surface, r, limits.actionsElements);
      return;
    case 'context_actions':
      elements(block, pointer, surface, r, limits.contextActionsElements);
      return;
    case 'input':
      r.text(block.label, `${pointer}/label`, limits.inputLabel, { required: true, plain: true });
      r.text(block.hint, `${pointer}/hint`, limits.inputHint, { plain: true });
      if (!isObj(block.element)) r.add(`${pointer}/element`, 'is required');
      else checkElement('input', block.element, `${pointer}/element`, surface, r);
      return;
    case 'rich_text':
      r.count(block.elements, `${pointer}/elements`, Number.POSITIVE_INFINITY, 1);
      return;
    case 'markdown':
      r.length(block.text, `${pointer}/text`, limits.markdownText, true);
      return;
    case 'table': {
      const rows = r.count(block.rows, `${pointer}/rows`, limits.tableRows, 1);
      rows?.forEach((row, index) => {
        r.count(row, `${pointer}/rows/${index}`, limits.tableCells, 1);
      });
      r.count(block.column_settings, `${pointer}/column_settings`, limits.tableColumnSettings);
      return;
    }
    case 'video':
      r.length(block.alt_text, `${pointer}/alt_text`, limits.altText, true);
      r.text(block.title, `${pointer}/title`, limits.videoTitle - 1, { required: true, plain: true });
      r.text(block.description, `${pointer}/description`, limits.videoDescription - 1, { plain: true });
      r.length(block.author_name, `${pointer}/author_name`, limits.videoAuthor - 1);
      r.length(block.video_url, `${pointer}/video_url`, limits.imageUrl, true);
      r.length(block.thumbnail_url, `${pointer}/thumbnail_url`, limits.imageUrl, true);
      return;
    case 'file':
      r.length(block.external_id, `${pointer}/external_id`, limits.externalId, true);
      if (block.source !== 'remote') r.add(`${pointer}/source`, 'must be remote');
      return;
    default:
      return;
  }
}

/** block_id must be unique within a message or view. */
export function validateBlockIds(blocks: unknown[], r: Report): void {
  const seen = new Map<string, number>();
  blocks.forEach((block, index) => {
    const id = isObj(block) ? str(block.block_id) : undefined;
    if (!id) return;
    if (seen.has(id))
      r.add(`/blocks/${index}/block_id`, `must be unique (also used by /blocks/${seen.get(id)})`);
    else seen.set(id, index);
  });
}
