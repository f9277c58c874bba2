import { isObj, num, str } from '../composition/json';
import type { Json, Surface } from '../types';
import { elementSurfaces, limits } from './limits';
import type { Report } from './report';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function confirm(value: unknown, pointer: string, r: Report): void {
  if (value === undefined) return;
  if (!isObj(value)) {
    r.add(pointer, 'must be a confirmation dialog object');
    return;
  }
  r.text(value.title, `${pointer}/title`, limits.confirmTitle, { required: true, plain: true });
  r.text(value.text, `${pointer}/text`, limits.confirmText, { required: true });
  r.text(value.confirm, `${pointer}/confirm`, limits.confirmButton, { required: true, plain: true });
  r.text(value.deny, `${pointer}/deny`, limits.confirmButton, { required: true, plain: true });
}

/** An option object; `plainOnly` for selects and overflow menus, where Slack accepts only plain_text. */
function option(value: Json, pointer: string, r: Report, plainOnly: boolean, allowUrl = false): void {
  r.text(value.text, `${pointer}/text`, limits.optionText, { required: true, plain: plainOnly });
  r.length(value.value, `${pointer}/value`, limits.optionValue, true);
  r.text(value.description, `${pointer}/description`, limits.optionDescription, { plain: plainOnly });
  if (value.url !== undefined) {
    if (allowUrl) r.length(value.url, `${pointer}/url`, limits.optionUrl);
    else r.add(`${pointer}/url`, 'is only allowed in overflow menus');
  }
}

function options(
  value: unknown,
  pointer: string,
  r: Report,
  max: number,
  min: number,
  plainOnly: boolean,
  url = false,
) {
  const list = r.count(value, pointer, max, min);
  list?.forEach((item, index) => {
    if (isObj(item)) option(item, `${pointer}/${index}`, r, plainOnly, url);
    else r.add(`${pointer}/${index}`, 'must be an option object');
  });
}

function staticOptions(element: Json, pointer: string, r: Report): void {
  const hasOptions = element.options !== undefined;
  const hasGroups = element.option_groups !== undefined;
  if (hasOptions && hasGroups) r.add(pointer, 'must provide either options or option_groups, not both');
  if (!hasOptions && !hasGroups)
    r.add(`${pointer}/options`, 'is required when option_groups is not provided');
  if (hasOptions) options(element.options, `${pointer}/options`, r, limits.selectOptions, 1, true);
  if (hasGroups) {
    const groups = r.count(element.option_groups, `${pointer}/option_groups`, limits.optionGroups, 1);
    groups?.forEach((group, index) => {
      const at = `${pointer}/option_groups/${index}`;
      if (!isObj(group)) {
        r.add(at, 'must be an option group object');
        return;
      }
      r.text(group.label, `${at}/label`, limits.optionGroupLabel, { required: true, plain: true });
      options(group.options, `${at}/options`, r, limits.selectOptions, 1, true);
    });
  }
}

/** Checks one interactive or image element against Slack's limits. */
export function validateElement(element: Json, pointer: string, surface: Surface, r: Report): void {
  const type = str(element.type) ?? '';
  const allowed = elementSurfaces[type];
  if (allowed && !allowed.includes(surface))
    r.add(`${pointer}/type`, `${type} is not available in ${surface} surfaces`);
  if (type !== 'image') r.length(element.action_id, `${pointer}/action_id`, limits.actionId);
  r.text(element.placeholder, `${pointer}/placeholder`, limits.placeholder, { plain: true });
  confirm(element.confirm, `${pointer}/confirm`, r);
  if (element.max_selected_items !== undefined && (num(element.max_selected_items) ?? 0) < 1) {
    r.add(`${pointer}/max_selected_items`, 'must be at least 1');
  }
  switch (type) {
    case 'button':
    case 'workflow_button':
      r.text(element.text, `${pointer}/text`, limits.buttonText, { required: true, plain: true });
      r.length(element.value, `${pointer}/value`, limits.buttonValue);
      r.length(element.url, `${pointer}/url`, limits.buttonUrl);
      r.length(element.accessibility_label, `${pointer}/accessibility_label`, limits.accessibilityLabel);
      if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') {
        r.add(`${pointer}/style`, 'must be primary or danger');
      }
      if (type === 'workflow_button' && !isObj(element.workflow)) r.add(`${pointer}/workflow`, 'is required');
      return;
    case 'static_select':
    case 'multi_static_select':
      staticOptions(element, pointer, r);
      return;
    case 'overflow':
      options(element.options, `${pointer}/options`, r, limits.overflowMax, limits.overflowMin, true, true);
      return;
    case 'checkboxes':
    case 'radio_buttons':
      options(element.options, `${pointer}/options`, r, limits.choiceOptions, 1, false);
      return;
    case 'datepicker':
      if (element.initial_date !== undefined && !datePattern.test(str(element.initial_date) ?? '')) {
        r.add(`${pointer}/initial_date`, 'must be in the format YYYY-MM-DD');
      }
      return;
    case 'timepicker':
      if (element.initial_time !== undefined && !timePattern.test(str(element.initial_time) ?? '')) {
        r.add(`${pointer}/initial_time`, 'must be in the format HH:mm');
      }
      return;
    case 'plain_text_input': {
      const min = num(element.min_length);
      const max = num(element.max_length);
      if (min !== undefined && (min < 0 || min > limits.textInputLength)) {
        r.add(`${pointer}/min_length`, `must be between 0 and ${limits.textInputLength}`);
      }
      if (max !== undefined && (max < 1 || max > limits.textInputLength)) {
        r.add(`${pointer}/max_length`, `must be between 1 and ${limits.textInputLength}`);
      }
      if (min !== undefined && max !== undefined && min > max)
        r.add(`${pointer}/min_length`, 'must not exceed max_length');
      return;
    }
    case 'number_input': {
      if (typeof element.is_decimal_allowed !== 'boolean')
        r.add(`${pointer}/is_decimal_allowed`, 'is required');
      const min = num(element.min_value);
      const max = num(element.max_value);
      if (min !== undefined && max !== undefined && min > max)
        r.add(`${pointer}/min_value`, 'must not exceed max_value');
      return;
    }
    case 'file_input': {
      const max = num(element.max_files);
      if (element.max_files !== undefined && (max === undefined || max < 1 || max > limits.maxFiles)) {
        r.add(`${pointer}/max_files`, `must be between 1 and ${limits.maxFiles}`);
      }
      return;
    }
    case 'image':
      validateImage(element, pointer, r);
      return;
    case 'feedback_buttons':
      for (const side of ['positive_button', 'negative_button']) {
        const button = element[side];
        if (!isObj(button)) r.add(`${pointer}/${side}`, 'is required');
        else
          r.text(button.text, `${pointer}/${side}/text`, limits.buttonText, { required: true, plain: true });
      }
      return;
    case 'icon_button':
      r.text(element.text, `${pointer}/text`, limits.buttonText, { required: true, plain: true });
      return;
    default:
      return;
  }
}

/** Image element and image block share their source and alt text rules. */
export function validateImage(image: Json, pointer: string, r: Report): void {
  const fromFile = isObj(image.slack_file);
  if (image.image_url === undefined && !fromFile)
    r.add(`${pointer}/image_url`, 'is required when slack_file is not provided');
  if (image.image_url !== undefined && fromFile)
    r.add(pointer, 'must provide either image_url or slack_file, not both');
  r.length(image.image_url, `${pointer}/image_url`, limits.imageUrl);
  r.length(image.alt_text, `${pointer}/alt_text`, limits.altText, true);
}
