'use client';

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import styles from '../block-kit.module.css';
import { useDismiss } from './use-dismiss';

export interface MenuOption {
  value: string;
  label: string;
  description?: string;
}

export interface MenuGroup {
  label?: string;
  options: MenuOption[];
}

interface SelectMenuProps {
  groups: MenuGroup[];
  /** values of the chosen options, in order */
  selected: string[];
  multi: boolean;
  placeholder: string;
  /** display names for values that are not among the options (typed ids, initial users…) */
  names?: Record<string, string>;
  /** lets the user add a value by typing it and pressing Enter (users, conversations, external data) */
  customHint?: string;
  maxSelected?: number;
  label?: string;
  onChange(values: string[]): void;
}

/** Slack's select menu: a trigger showing the choice (or tokens when multi) and a filterable listbox. */
export function SelectMenu({
  groups,
  selected,
  multi,
  placeholder,
  names,
  customHint,
  maxSelected,
  label,
  onChange,
}: SelectMenuProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const filter = useRef<HTMLInputElement>(null);

  useDismiss(root, open, () => setOpen(false));
  useEffect(() => {
    if (open) filter.current?.focus();
  }, [open]);
  const known = new Map<string, string>();
  for (const group of groups) for (const option of group.options) known.set(option.value, option.label);
  const nameOf = (value: string) => known.get(value) ?? names?.[value] ?? value;
  const needle = query.trim().toLowerCase();
  const visible = groups.map((group) => ({
    ...group,
    options: group.options.filter((option) => !needle || option.label.toLowerCase().includes(needle)),
  }));
  const flat = visible.flatMap((group) => group.options);

  const choose = (value: string) => {
    if (!multi) {
      onChange([value]);
      setOpen(false);
    } else if (selected.includes(value)) {
      onChange(selected.filter((item) => item !== value));
    } else if (maxSelected === undefined || selected.length < maxSelected) {
      onChange([...selected, value]);
    }
    setQuery('');
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setOpen(false);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (flat.length === 0 ? 0 : (index + step + flat.length) % flat.length));
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const highlighted = flat[Math.min(active, flat.length - 1)];
      if (customHint && query.trim() && !flat.some((option) => option.label.toLowerCase() === needle)) {
        choose(query.trim());
      } else if (highlighted) {
        choose(highlighted.value);
      }
    }
  };

  const showPlaceholder = multi ? selected.length === 0 : selected[0] === undefined;
  return (
    <div className={styles.select} data-multi={multi || undefined} ref={root}>
      <div className={styles.selectControl}>
        {multi &&
          selected.map((value) => (
            <span key={value} className={styles.token} data-value={value}>
              {nameOf(value)}
              <button
                type="button"
                className={styles.tokenRemove}
                aria-label={`Remove ${nameOf(value)}`}
                onClick={() => onChange(selected.filter((item) => item !== value))}
              >
                ×
              </button>
            </span>
          ))}
        <button
          type="button"
          role="combobox"
          aria-expanded={open}
          aria-haspopup="listbox"
          aria-controls={open ? listId : undefined}
          aria-label={label ?? placeholder}
          className={styles.selectTrigger}
          onClick={() => setOpen(!open)}
        >
          <span className={showPlaceholder ? styles.placeholder : undefined}>
            {showPlaceholder ? placeholder : multi ? '' : nameOf(selected[0] ?? '')}
          </span>
          <span className={styles.chevron} aria-hidden="true">
            ▾
          </span>
        </button>
      </div>
      {open && (
        <div className={styles.menu}>
          <input
            ref={filter}
            className={styles.menuFilter}
            aria-label={customHint ?? 'Filter options'}
            placeholder={customHint ?? 'Search'}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKey}
          />
          <div
            role="listbox"
            id={listId}
            aria-multiselectable={multi || undefined}
            className={styles.menuList}
          >
            {visible.map((group, index) => {
              const { options } = group;
              if (options.length === 0) return null;
              return (
                <div key={group.label ?? index}>
                  {group.label && <div className={styles.menuGroup}>{group.label}</div>}
                  {options.map((option) => (
                    <div
                      key={option.value}
                      role="option"
                      tabIndex={-1}
                      aria-selected={selected.includes(option.value)}
                      data-active={flat[active] === option || undefined}
                      className={styles.menuOption}
                      onClick={() => choose(option.value)}
                      onKeyDown={(event) => event.key === 'Enter' && choose(option.value)}
                    >
                      <span>{option.label}</span>
                      {option.description && (
                        <span className={styles.optionDescription}>{option.description}</span>
                      )}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
