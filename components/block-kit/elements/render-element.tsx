import type { ReactNode } from 'react';
import { Unsupported } from '../blocks/unsupported';
import { confirmParts } from '../composition/confirm';
import { objs } from '../composition/json';
import { renderText } from '../composition/text';
import { Button } from './button';
import { ChannelsSelect } from './channels-select';
import { Checkboxes } from './checkboxes';
import { ConversationsSelect } from './conversations-select';
import { Datepicker } from './datepicker';
import { Datetimepicker } from './datetimepicker';
import type { ElementProps } from './element-props';
import { EmailTextInput } from './email-text-input';
import { ExternalSelect } from './external-select';
import { FeedbackButtons } from './feedback-buttons';
import { FileInput } from './file-input';
import { IconButton } from './icon-button';
import { ImageElement } from './image';
import { MultiChannelsSelect } from './multi-channels-select';
import { MultiConversationsSelect } from './multi-conversations-select';
import { MultiExternalSelect } from './multi-external-select';
import { MultiStaticSelect } from './multi-static-select';
import { MultiUsersSelect } from './multi-users-select';
import { NumberInput } from './number-input';
import { Overflow } from './overflow';
import { PlainTextInput } from './plain-text-input';
import { RadioButtons } from './radio-buttons';
import { RichTextInput } from './rich-text-input';
import { StaticSelect } from './static-select';
import { Timepicker } from './timepicker';
import { UrlTextInput } from './url-text-input';
import { UsersSelect } from './users-select';
import { WorkflowButton } from './workflow-button';

export type ElementType =
  | 'button'
  | 'workflow_button'
  | 'overflow'
  | 'checkboxes'
  | 'radio_buttons'
  | 'datepicker'
  | 'timepicker'
  | 'datetimepicker'
  | 'plain_text_input'
  | 'email_text_input'
  | 'url_text_input'
  | 'number_input'
  | 'file_input'
  | 'rich_text_input'
  | 'static_select'
  | 'multi_static_select'
  | 'external_select'
  | 'multi_external_select'
  | 'users_select'
  | 'multi_users_select'
  | 'conversations_select'
  | 'multi_conversations_select'
  | 'channels_select'
  | 'multi_channels_select'
  | 'image'
  | 'icon_button'
  | 'feedback_buttons';

/** Renders one element of a section, actions, input or context_actions block by its `type`. */
export function renderElement(props: ElementProps): ReactNode {
  const { element, blockId, ctx, dispatch, label } = props;
  const leaf = { element, blockId, dispatch, label, confirm: confirmParts(element.confirm, ctx) };
  const type = element.type as ElementType;
  switch (type) {
    case 'button':
      return <Button {...leaf} />;
    case 'workflow_button':
      return <WorkflowButton {...leaf} />;
    case 'overflow':
      return <Overflow {...leaf} />;
    case 'checkboxes':
    case 'radio_buttons': {
      const options = objs(element.options);
      const labels = options.map((option) => renderText(option.text, ctx));
      const descriptions = options.map((option) => renderText(option.description, ctx));
      const Choice = type === 'checkboxes' ? Checkboxes : RadioButtons;
      return <Choice {...leaf} labels={labels} descriptions={descriptions} />;
    }
    case 'datepicker':
      return <Datepicker {...leaf} />;
    case 'timepicker':
      return <Timepicker {...leaf} />;
    case 'datetimepicker':
      return <Datetimepicker {...leaf} timeZone={ctx.timeZone} />;
    case 'plain_text_input':
      return <PlainTextInput {...props} />;
    case 'email_text_input':
      return <EmailTextInput {...props} />;
    case 'url_text_input':
      return <UrlTextInput {...props} />;
    case 'number_input':
      return <NumberInput {...props} />;
    case 'file_input':
      return <FileInput {...leaf} />;
    case 'rich_text_input':
      return <RichTextInput {...leaf} />;
    case 'static_select':
      return <StaticSelect {...props} />;
    case 'multi_static_select':
      return <MultiStaticSelect {...props} />;
    case 'external_select':
      return <ExternalSelect {...props} />;
    case 'multi_external_select':
      return <MultiExternalSelect {...props} />;
    case 'users_select':
      return <UsersSelect {...props} />;
    case 'multi_users_select':
      return <MultiUsersSelect {...props} />;
    case 'conversations_select':
      return <ConversationsSelect {...props} />;
    case 'multi_conversations_select':
      return <MultiConversationsSelect {...props} />;
    case 'channels_select':
      return <ChannelsSelect {...props} />;
    case 'multi_channels_select':
      return <MultiChannelsSelect {...props} />;
    case 'image':
      return <ImageElement element={element} />;
    case 'icon_button':
      return <IconButton {...leaf} />;
    case 'feedback_buttons':
      return <FeedbackButtons {...leaf} />;
    default: {
      const unknown: never = type;
      return <Unsupported type={String(unknown)} kind="element" />;
    }
  }
}
