import type { MailLanguage } from '../database/entities/principal.entity.js';
import type { Mail } from './mail.service.js';

export interface LinkMail {
  to: string;
  name: string;
  language: MailLanguage;
  link: string;
  expiresAt: Date;
  /** Who sent the invitation; null for a link the person asked for. */
  sender: string | null;
}

const when = (d: Date, lang: MailLanguage) => `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d)} UTC`;

/** The mails the service sends, in the person's language. */
export function linkMail(m: LinkMail): Mail {
  const at = when(m.expiresAt, m.language);
  const texts: Record<MailLanguage, { subject: string; body: string[] }> = {
    en: m.sender
      ? {
          subject: 'Your invitation to the Governing Body’s decision workflow',
          body: [`Dear ${m.name},`, `${m.sender}, of the Governing Body secretariat, invites you to sign in to the GB Decision Workflow.`],
        }
      : { subject: 'Your sign-in link', body: [`Dear ${m.name},`, 'You asked for a link to sign in to the GB Decision Workflow.'] },
    fr: m.sender
      ? {
          subject: 'Votre invitation au suivi des décisions du Conseil d’administration',
          body: [
            `Bonjour ${m.name},`,
            `${m.sender}, du secrétariat du Conseil d’administration, vous invite à vous connecter au suivi des décisions du Conseil.`,
          ],
        }
      : {
          subject: 'Votre lien de connexion',
          body: [`Bonjour ${m.name},`, 'Vous avez demandé un lien pour vous connecter au suivi des décisions du Conseil.'],
        },
    es: m.sender
      ? {
          subject: 'Su invitación al seguimiento de las decisiones del Consejo de Administración',
          body: [
            `Estimado/a ${m.name}:`,
            `${m.sender}, de la secretaría del Consejo de Administración, le invita a conectarse al seguimiento de las decisiones del Consejo.`,
          ],
        }
      : {
          subject: 'Su enlace de conexión',
          body: [`Estimado/a ${m.name}:`, 'Ha pedido un enlace para conectarse al seguimiento de las decisiones del Consejo.'],
        },
  };
  const after: Record<MailLanguage, string[]> = {
    en: [`Open this link to sign in: ${m.link}`, `It works once and expires on ${at}.`, 'If you did not expect this mail, ignore it.'],
    fr: [`Ouvrez ce lien pour vous connecter : ${m.link}`, `Il ne sert qu’une fois et expire le ${at}.`, 'Si vous n’attendiez pas ce message, ignorez-le.'],
    es: [`Abra este enlace para conectarse: ${m.link}`, `Solo sirve una vez y caduca el ${at}.`, 'Si no esperaba este mensaje, ignórelo.'],
  };
  const t = texts[m.language];
  return { to: m.to, subject: t.subject, text: [...t.body, '', ...after[m.language], ''].join('\n') };
}
