/** @jsxImportSource jsx-slack */
import { Blocks, Context, Section } from 'jsx-slack';

export interface HelpMessageProps {
  /** What the user typed that was not understood, if anything (≤ 200 chars shown). */
  unknown?: string | null;
}

/** How to use Homeroom: the slash command's sub-commands and the Home tab. */
export function HelpMessage({ unknown }: HelpMessageProps) {
  return (
    <Blocks>
      {unknown ? (
        <Section>
          Sorry, I don't know "<code>{unknown.slice(0, 200)}</code>". Here's what I can do:
        </Section>
      ) : null}
      <Section>
        <b>Homeroom</b> keeps track of your working day.
        <br />• <code>/homeroom in</code>: check in (add <code>remote</code> and/or a note:{' '}
        <code>/homeroom in remote at home today</code>)
        <br />• <code>/homeroom out</code>: check out
        <br />• <code>/homeroom status</code>: today and this week
        <br />• <code>/homeroom request</code>: ask for leave, an expense, equipment or anything else
        <br />• <code>/homeroom help</code>: this message
      </Section>
      <Context>Open Homeroom's Home tab for buttons and your week at a glance.</Context>
    </Blocks>
  );
}
