import { useEffect } from 'react';
import { LANGS, useLang } from '../i18n';
import { GLOSSARY_TERMS, takePendingTerm, termAnchor } from '../ui/Term';
import { GLOSSARY } from './glossary';
import './glossary.css';

/** A definition with its `{fi:…}` words marked Finnish. */
function Definition({ text }: { text: string }) {
  return text.split(/\{fi:([^}]*)\}/).map((part, i) =>
    i % 2 ? (
      <span key={i} lang="fi">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** The glossary: each term as a definition list entry with its own fragment, its names in the other languages. */
export default function GlossaryView() {
  const lang = useLang();
  const g = GLOSSARY[lang];
  useEffect(() => {
    // A term link inside the app names its term here; a link from outside has it as the address's fragment.
    const id = takePendingTerm() ?? window.location.hash.slice(1).replace(/^term-/, '');
    const target = id ? document.getElementById(`term-${id}`) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, []);
  return (
    <article className="prose glossary" aria-labelledby="glossary-title">
      <h1 id="glossary-title">{g.title}</h1>
      <p>{g.intro}</p>
      <dl className="glossary-list">
        {GLOSSARY_TERMS.map((id) => (
          <div key={id} className="glossary-entry">
            <dt id={termAnchor(id)} tabIndex={-1}>
              <dfn>{g.terms[id].term}</dfn>
              <span className="glossary-names">
                {LANGS.filter((l) => l !== lang).map((l) => (
                  <span key={l}>
                    {g.inLanguage[l]}: <span lang={l}>{GLOSSARY[l].terms[id].term}</span>
                  </span>
                ))}
              </span>
            </dt>
            <dd>
              <Definition text={g.terms[id].definition} />
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
