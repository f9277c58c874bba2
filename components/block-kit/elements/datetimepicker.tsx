'use client';

import { useState } from 'react';
import styles from '../block-kit.module.css';
import { num, str } from '../composition/json';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

const shape: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
};

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', { ...shape, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...shape, timeZone: 'UTC' });
  }
}

function zoneParts(epochMs: number, timeZone: string) {
  const out: Record<string, number> = {};
  const format = zoneFormat(timeZone);
  for (const part of format.formatToParts(new Date(epochMs))) out[part.type] = Number(part.value);
  return out;
}

function offsetMs(epochMs: number, timeZone: string): number {
  const p = zoneParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/** Unix seconds of a wall-clock date and time in the viewer's zone. */
export function toEpochSeconds(date: string, time: string, timeZone: string): number {
  const [y = 1970, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - offsetMs(wall, timeZone);
  return Math.round((wall - offsetMs(first, timeZone)) / 1000);
}

function fromEpochSeconds(seconds: number, timeZone: string): { date: string; time: string } {
  const p = zoneParts(seconds * 1000, timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

export interface DatetimepickerProps extends LeafProps {
  timeZone: string;
}

/** Date-time picker: a date and a time field; `selected_date_time` is unix seconds in the viewer's zone. */
export function Datetimepicker({
  element,
  blockId,
  dispatch,
  confirm,
  label,
  timeZone,
}: DatetimepickerProps) {
  const { values, update } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const actionId = str(element.action_id) ?? '';
  const seconds = num(values[blockId]?.[actionId]?.selected_date_time);
  const initial = seconds === undefined ? { date: '', time: '' } : fromEpochSeconds(seconds, timeZone);
  const [draft, setDraft] = useState(initial);
  const change = (next: { date: string; time: string }) => {
    setDraft(next);
    if (!next.date || !next.time) return;
    const state = {
      type: 'datetimepicker',
      selected_date_time: toEpochSeconds(next.date, next.time, timeZone),
    };
    guard(() => update(blockId, actionId, state, dispatch ? state : undefined));
  };
  return (
    <span className={styles.datetime}>
      <input
        type="date"
        className={styles.picker}
        aria-label={`${label ?? 'Date and time'}: date`}
        value={draft.date}
        onChange={(event) => change({ ...draft, date: event.target.value })}
      />
      <input
        type="time"
        className={styles.picker}
        aria-label={`${label ?? 'Date and time'}: time`}
        value={draft.time}
        onChange={(event) => change({ ...draft, time: event.target.value.slice(0, 5) })}
      />
      {dialog}
    </span>
  );
}
