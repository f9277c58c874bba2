/** @jsxImportSource jsx-slack */
import { Escape, Fragment, Section } from 'jsx-slack';
import { uploadText } from '@/slack/i18n/uploads';
import { ids } from '@/slack/ids';
import { formatBytes } from '@/slack/views/parts/format';
import type { ViewUpload } from '@/slack/views/parts/types';

export const RECENT_UPLOADS_SHOWN = 5;

/** The member's latest hosted images on Home: name linked to the URL, size and dimensions. */
export function RecentUploads({ locale, uploads }: { locale: string; uploads: ViewUpload[] }) {
  const t = uploadText.for(locale);
  return (
    <Section blockId={ids.uploads.recentBlock}>
      <b>{t('recent_title')}</b>
      <br />
      {uploads.slice(0, RECENT_UPLOADS_SHOWN).map((u) => (
        <Fragment>
          •{' '}
          <a href={u.url}>
            <Escape>{u.name}</Escape>
          </a>{' '}
          · {t('meta', { width: u.width, height: u.height, size: formatBytes(u.bytes, locale) })}
          <br />
        </Fragment>
      ))}
    </Section>
  );
}
