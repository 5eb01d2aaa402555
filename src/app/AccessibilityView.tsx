import type { ReactNode } from 'react';
import { FEEDBACK_ENV, SERVICE_OWNER } from '../data/config';
import { formatDate, interpolate, useLang } from '../i18n';
import type { Lang } from '../i18n/format';
import { STATEMENTS, STATEMENT_PREPARED, STATEMENT_REVIEWED } from './accessibilityStatement';
import { SUPERVISORY_AUTHORITY as authority } from './supervisoryAuthority';
import { feedbackChannel, type FeedbackChannel } from '../ui/feedback';

const channel = feedbackChannel(FEEDBACK_ENV);

/** A sentence with {placeholders}: the dates among them as <time> elements, the rest as text. */
function sentence(lang: Lang, template: string, dates: Record<string, string>, values: Record<string, string> = {}) {
  const marks = Object.fromEntries(Object.keys(dates).map((k) => [k, `\u0000${k}\u0000`]));
  return interpolate(lang, template, { ...values, ...marks })
    .split('\u0000')
    .map((part, i): ReactNode =>
      i % 2 === 0 ? (
        part
      ) : (
        <time key={part} dateTime={dates[part]}>
          {formatDate(lang, dates[part]!)}
        </time>
      ),
    );
}

/** What the statement says of feedback: the promise and the channel's links only where the build has a channel. */
export function Feedback({ channel }: { channel: FeedbackChannel }) {
  const lang = useLang();
  const s = STATEMENTS[lang];
  return (
    <>
      <h2>{s.feedbackTitle}</h2>
      {channel.issueUrl || channel.email ? (
        <>
          <p>{s.feedback}</p>
          <ul data-testid="feedback-channel">
            {channel.issueUrl && (
              <li>
                <a href={channel.issueUrl}>{s.feedbackIssue}</a>
              </li>
            )}
            {channel.email && (
              <li>
                <a href={`mailto:${channel.email}`}>{interpolate(lang, s.feedbackEmail, { email: channel.email })}</a>
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>{s.feedbackMissing}</p>
      )}
    </>
  );
}

export function AccessibilityView() {
  const lang = useLang();
  const s = STATEMENTS[lang];
  return (
    <article className="prose" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{s.title}</h1>
      <p>{s.intro}</p>
      <p data-testid="service-owner">
        {SERVICE_OWNER ? interpolate(lang, s.owner, { owner: SERVICE_OWNER }) : s.ownerMissing}
      </p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.gapsTitle}</h2>
      <ul>
        {s.gaps.map((g) => (
          <li key={g.text}>
            {g.text} <span className="muted">{`WCAG 2.1: ${g.criteria}. ${g.reason}`}</span>
          </li>
        ))}
      </ul>
      <h2>{s.alternativesTitle}</h2>
      <p>{s.alternatives}</p>
      <Feedback channel={channel} />
      <h2>{s.enforcementTitle}</h2>
      <p>{channel.issueUrl || channel.email ? s.enforcement : s.enforcementDirect}</p>
      <address data-testid="supervisory-authority">
        {authority.name[lang]}, {authority.unit[lang]}
        <br />
        <a href={authority.web[lang]}>{authority.web[lang].replace(/^https:\/\//, '')}</a>
        <br />
        <a href={`mailto:${authority.email}`}>{authority.email}</a>
        <br />
        <a href={`tel:${authority.phone}`}>{authority.phoneLabel[lang]}</a>
      </address>
      <p className="muted">
        {sentence(
          lang,
          s.supervisionBasis,
          { inForce: authority.law.inForce },
          { act: authority.law.act[lang], amendment: authority.law.amendment[lang] },
        )}{' '}
        {sentence(lang, s.authorityChecked, { date: authority.checked })}
      </p>
      <p>{sentence(lang, s.prepared, { prepared: STATEMENT_PREPARED, reviewed: STATEMENT_REVIEWED })}</p>
    </article>
  );
}
