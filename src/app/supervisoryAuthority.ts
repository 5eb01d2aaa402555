import type { Lang } from '../i18n/format';

/**
 * The authority that supervises the Act on the Provision of Digital Services, as the accessibility statement names it
 * in every language: its name, unit and contacts, the law that gives it the task and when these were checked.
 * The one place to change when the supervision moves again.
 */
export const SUPERVISORY_AUTHORITY = {
  name: {
    fi: 'Liikenne- ja viestintävirasto Traficom',
    sv: 'Transport- och kommunikationsverket Traficom',
    en: 'Finnish Transport and Communications Agency Traficom',
  } satisfies Record<Lang, string>,
  unit: {
    fi: 'saavutettavuusvalvonta',
    sv: 'tillgänglighetstillsynen',
    en: 'accessibility supervision',
  } satisfies Record<Lang, string>,
  /** The authority's accessibility-requirements site in each language's own edition. */
  web: {
    fi: 'https://www.saavutettavuusvaatimukset.fi',
    sv: 'https://www.tillganglighetskrav.fi',
    en: 'https://www.accessibilityrequirements.fi',
  } satisfies Record<Lang, string>,
  email: 'saavutettavuus@traficom.fi',
  /** The switchboard in international form; each language writes it as its readers dial it. */
  phone: '+358295345000',
  phoneLabel: {
    fi: 'puhelinvaihde 029 534 5000',
    sv: 'telefonväxel 029 534 5000',
    en: 'switchboard +358 29 534 5000',
  } satisfies Record<Lang, string>,
  /** The act and the amendment (government proposal HE 71/2024) that moved the supervision to Traficom. */
  law: {
    act: {
      fi: 'laki digitaalisten palvelujen tarjoamisesta (306/2019)',
      sv: 'lagen om tillhandahållande av digitala tjänster (306/2019)',
      en: 'the Act on the Provision of Digital Services (306/2019)',
    } satisfies Record<Lang, string>,
    amendment: {
      fi: 'hallituksen esitys HE 71/2024',
      sv: 'regeringens proposition RP 71/2024 rd',
      en: 'Government proposal HE 71/2024 vp',
    } satisfies Record<Lang, string>,
    inForce: '2025-01-01',
  },
  /** When the name, contacts and legal source above were last checked against the authority's own pages. */
  checked: '2026-12-06',
} as const;
