import type { LocaleTexts } from '../template-text';

// Formal: vouvoiement, as a bank writes; informal: tutoiement. French typography: a no-break space
// (\u00a0) before a colon, a narrow no-break space (\u202f) before ! ? ;

const festivalName = `{festival, select,
  lunar_new_year {du Nouvel An lunaire}
  mid_autumn {de la fête de la Mi-Automne}
  eid_al_fitr {de l’Aïd el-Fitr}
  eid_al_adha {de l’Aïd el-Kébir}
  diwali {de Diwali}
  christmas {de Noël}
  hanukkah {de Hanoukka}
  nowruz {de Norouz}
  vesak {du Vesak}
  other {de ces fêtes}}`;

const festivalWish = `{festival, select,
  lunar_new_year {Bonne année lunaire}
  mid_autumn {Joyeuse fête de la Mi-Automne}
  eid_al_fitr {Aïd Moubarak}
  eid_al_adha {Aïd Moubarak}
  diwali {Joyeux Diwali}
  christmas {Joyeux Noël}
  hanukkah {Joyeux Hanoukka}
  nowruz {Joyeux Norouz}
  vesak {Joyeux Vesak}
  other {Joyeuses fêtes}}`;

const hardshipOption = (your: string) => `{option, select,
  PAYMENT_HOLIDAY {une suspension temporaire des échéances}
  INTEREST_PAUSE {une suspension temporaire des intérêts}
  GRACE_ON_PRINCIPAL {un différé d’amortissement (seuls les intérêts sont dus)}
  EXTEND_REPAYMENT_PERIOD {un allongement de la durée de remboursement}
  RE_AGE {la régularisation de ${your} compte}
  other {un aménagement des remboursements}}`;

export const fr: LocaleTexts = {
  locale: 'fr',
  greeting: {
    formal: '{named, select, yes {Bonjour {name},} other {Madame, Monsieur,}}',
    informal: '{named, select, yes {Bonjour {name}\u202f!} other {Bonjour\u202f!}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'Bienvenue parmi nos clients',
        body: `{greeting}

Nous vous remercions de votre confiance. Votre profil est désormais créé\u00a0: nous vous écrirons dans la langue et aux horaires que vous avez choisis.

Vous pouvez modifier à tout moment la façon dont nous vous contactons, depuis l’application ou en agence.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'Bienvenue\u202f!',
        body: `{greeting}

Ravis de te compter parmi nous. Ton profil est prêt\u00a0: on t’écrira dans ta langue, et seulement aux horaires que tu as choisis.

Tu peux changer ça quand tu veux dans l’appli.

À bientôt,
Ton équipe bancaire`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'Rappel\u00a0: votre échéance de {amount} arrive le {dueDate}',
        body: `{greeting}

Nous vous rappelons que l’échéance de votre prêt, d’un montant de {amount}, arrive le {dueDate} ({daysUntilDue, plural, =0 {aujourd’hui} =1 {demain} other {dans # jours}}). Si vous avez déjà réglé cette somme, nous vous prions de ne pas tenir compte de ce message.

Si vous rencontrez des difficultés pour effectuer ce paiement, n’hésitez pas à nous contacter\u00a0: nous pourrons étudier ensemble les solutions possibles.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject:
          'Petit rappel\u00a0: {amount} à régler {daysUntilDue, plural, =0 {aujourd’hui} =1 {demain} other {dans # jours}}',
        body: `{greeting}

Petit rappel\u00a0: l’échéance de ton prêt, {amount}, arrive le {dueDate}. Déjà payé\u202f? Alors tout est bon.

Si c’est un peu juste en ce moment, écris-nous\u00a0: on peut t’aider.

Ton équipe bancaire`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'Nous n’avons pas reçu votre paiement de {amount}',
        body: `{greeting}

Nous n’avons pas reçu le paiement de l’échéance de votre prêt, d’un montant de {amount}, prévu le {dueDate} ({daysPastDue, plural, one {il y a # jour} other {il y a # jours}}). Nous vous remercions de bien vouloir le régulariser dans les meilleurs délais.

Si vous traversez des difficultés financières, contactez-nous. Nous serons à votre écoute et examinerons avec vous les solutions possibles, comme un aménagement des remboursements.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'On n’a pas encore reçu ton paiement de {amount}',
        body: `{greeting}

L’échéance de ton prêt ({amount}) était prévue le {dueDate} et on ne l’a pas encore reçue ({daysPastDue, plural, one {# jour de retard} other {# jours de retard}}). Merci de la régler dès que possible.

Si c’est compliqué en ce moment, parle-nous-en\u00a0: on est là pour trouver une solution avec toi.

Ton équipe bancaire`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'Confirmation de votre aménagement de remboursement',
        body: `{greeting}

Nous vous confirmons l’aménagement convenu avec vous\u00a0: ${hardshipOption('votre')}, du {startsOn} au {endsOn}. Pendant cette période, nous ne vous contacterons pas au sujet des échéances impayées.

Nous vous écrirons avant la fin de cet aménagement. Si votre situation évolue, n’hésitez pas à nous en informer à tout moment.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'Ton aménagement de remboursement est en place',
        body: `{greeting}

C’est fait\u00a0: on a mis en place ${hardshipOption('ton')}, du {startsOn} au {endsOn}. Pendant ce temps, on ne te relancera pas pour les échéances en retard.

On te recontactera avant la fin. Si ta situation change, dis-le-nous.

Ton équipe bancaire`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'Fin de votre aménagement de remboursement',
        body: `{greeting}

Votre aménagement de remboursement est arrivé à son terme\u202f; vos échéances habituelles reprennent conformément à votre contrat de prêt.

Si vous avez encore des difficultés pour payer, contactez-nous avant votre prochaine échéance\u00a0: nous sommes là pour vous aider.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'Ton aménagement de remboursement est terminé',
        body: `{greeting}

Ton aménagement de remboursement est terminé\u00a0: tes échéances habituelles reprennent comme prévu dans ton contrat de prêt.

Toujours difficile\u202f? Écris-nous avant ta prochaine échéance, on verra ce qu’on peut faire.

Ton équipe bancaire`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'Accusé de réception de votre réclamation ({complaintReference})',
        body: `{greeting}

Nous vous remercions de nous avoir fait part de votre insatisfaction. Votre réclamation est enregistrée sous la référence {complaintReference} et un membre de notre équipe l’examine.

Nous vous adresserons notre réponse définitive au plus tard le {finalResponseBy}. Pour tout complément, merci de rappeler votre référence.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'On a bien reçu ta réclamation ({complaintReference})',
        body: `{greeting}

Merci de nous avoir dit ce qui n’allait pas. Ta réclamation est enregistrée sous la référence {complaintReference} et quelqu’un de l’équipe s’en occupe.

Tu auras notre réponse au plus tard le {finalResponseBy}. Tu veux ajouter quelque chose\u202f? Indique simplement ta référence.

Ton équipe bancaire`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'Notre réponse définitive à votre réclamation ({complaintReference})',
        body: `{greeting}

Nous avons terminé l’examen de votre réclamation {complaintReference}. {outcome, select,
  upheld {Nous considérons votre réclamation comme fondée\u00a0: nous reconnaissons notre erreur et vous présentons nos excuses.}
  partially_upheld {Nous considérons votre réclamation comme partiellement fondée\u00a0: nous vous donnons raison sur certains points et vous présentons nos excuses pour ceux-ci.}
  not_upheld {Après un examen attentif, nous considérons avoir agi correctement et ne donnons pas suite à votre réclamation.}
  other {Nous avons pris une décision concernant votre réclamation.}} Le détail de nos motifs et des suites données se trouve dans la messagerie de votre banque en ligne.

Ceci constitue notre réponse définitive. Si elle ne vous satisfait pas, vous pouvez saisir gratuitement le médiateur bancaire ou l’autorité de contrôle compétente. Des délais s’appliquent, en général un an à compter de votre réclamation écrite auprès de nous.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'Vos recours concernant votre réclamation ({complaintReference})',
        body: `{greeting}

Si le traitement de votre réclamation {complaintReference} ne vous donne pas satisfaction, vous avez le droit de saisir le médiateur bancaire indépendant ou l’autorité de contrôle financière compétente. Ce recours est gratuit.

Des délais s’appliquent\u00a0: en général, le médiateur doit être saisi dans l’année qui suit votre réclamation écrite auprès de nous. Ce recours ne porte pas atteinte à vos autres droits.

Pour toute aide, contactez-nous en rappelant votre référence.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'Point sur votre réclamation ({complaintReference})',
        body: `{greeting}

Nous sommes désolés de devoir prolonger l’examen de votre réclamation {complaintReference}. Nous vous adresserons notre réponse définitive au plus tard le {newDeadline}.

Si vous ne souhaitez pas attendre, vous pouvez d’ores et déjà avoir le droit de saisir le médiateur bancaire ou l’autorité de contrôle compétente.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'Des nouvelles de ta réclamation ({complaintReference})',
        body: `{greeting}

Désolés\u00a0: on a besoin d’un peu plus de temps pour finir d’examiner ta réclamation {complaintReference}. Tu auras notre réponse définitive au plus tard le {newDeadline}.

Si tu préfères ne pas attendre, tu peux peut-être déjà saisir le médiateur bancaire ou l’autorité de contrôle.

Ton équipe bancaire`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'Votre avis nous intéresse',
        body: `{greeting}

Nous aimerions connaître votre avis sur votre expérience récente avec nous. Le questionnaire prend environ deux minutes et reste ouvert jusqu’au {expiresAt}.

Référence du questionnaire\u00a0: {surveyId}

Merci de nous aider à nous améliorer.

Nous vous prions d’agréer nos salutations distinguées.
Votre équipe bancaire`,
      },
      informal: {
        subject: 'Deux minutes pour nous donner ton avis\u202f?',
        body: `{greeting}

Dis-nous ce que tu as pensé de nous\u202f! Le questionnaire prend environ deux minutes et reste ouvert jusqu’au {expiresAt}.

Référence du questionnaire\u00a0: {surveyId}

Merci de nous aider à faire mieux\u202f!

Ton équipe bancaire`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'Suivi à effectuer\u00a0: client {customerId}',
        body: `Le suivi du client {customerId} est à effectuer au plus tard le {dueAt}.
Motif\u00a0: {reason}

Contactez le client sur son canal préféré et consignez le résultat dans l’historique des interactions.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject:
          '{severity, select, high {Urgent\u00a0: risque} other {Risque}} sur la relation avec le client {customerId}',
        body: `Le niveau de risque de la relation avec le client {customerId} est désormais {severity, select, high {élevé} medium {moyen} low {faible} none {nul} other {{severity}}}.
Signaux\u00a0: {reasons}

Examinez la relation, contactez le client si nécessaire et consignez votre décision dans l’historique des interactions.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

À l’occasion ${festivalName}, toute l’équipe de la banque vous adresse, à vous et à vos proches, ses meilleurs vœux de santé, de bonheur et de paix.

Bien cordialement,
Votre équipe bancaire`,
      },
      informal: {
        subject: `${festivalWish}\u202f!`,
        body: `{greeting}

${festivalWish}\u202f! On te souhaite, à toi et à tes proches, une belle fête pleine de joie.

Amitiés,
Ton équipe bancaire`,
      },
    },
  },
};
