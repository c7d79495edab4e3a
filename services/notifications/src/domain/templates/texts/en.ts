import type { LocaleTexts } from '../template-text';

const festivalName = `{festival, select,
  lunar_new_year {Lunar New Year}
  mid_autumn {the Mid-Autumn Festival}
  eid_al_fitr {Eid al-Fitr}
  eid_al_adha {Eid al-Adha}
  diwali {Diwali}
  christmas {Christmas}
  hanukkah {Hanukkah}
  nowruz {Nowruz}
  vesak {Vesak}
  other {this festive season}}`;

const festivalWish = `{festival, select,
  lunar_new_year {Happy Lunar New Year}
  mid_autumn {Happy Mid-Autumn Festival}
  eid_al_fitr {Eid Mubarak}
  eid_al_adha {Eid al-Adha Mubarak}
  diwali {Happy Diwali}
  christmas {Merry Christmas}
  hanukkah {Happy Hanukkah}
  nowruz {Happy Nowruz}
  vesak {Happy Vesak}
  other {Season’s greetings}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {a payment holiday}
  INTEREST_PAUSE {a pause on interest}
  GRACE_ON_PRINCIPAL {a period of interest-only payments}
  EXTEND_REPAYMENT_PERIOD {a longer repayment period}
  RE_AGE {bringing your account up to date (re-ageing)}
  other {a payment arrangement}}`;

export const en: LocaleTexts = {
  locale: 'en',
  greeting: {
    formal: '{named, select, yes {Dear {name},} other {Dear customer,}}',
    informal: '{named, select, yes {Hi {name},} other {Hello,}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'Welcome to the bank',
        body: `{greeting}

Thank you for choosing us. Your profile is now set up, and we will write to you in the language and at the times you have chosen.

You can change how and when we contact you at any time in the app or at any branch.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'Welcome aboard!',
        body: `{greeting}

Great to have you with us. Your profile is all set — we’ll message you in your language, and only at the times you picked.

You can change that whenever you like in the app.

See you soon,
Your banking team`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'Reminder: your payment of {amount} is due on {dueDate}',
        body: `{greeting}

This is a friendly reminder that your loan payment of {amount} is due on {dueDate} ({daysUntilDue, plural, =0 {today} =1 {tomorrow} other {in # days}}). If you have already paid, please disregard this message.

If you are having difficulty making this payment, please contact us — we can discuss options that may help.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'Heads-up: {amount} due {daysUntilDue, plural, =0 {today} =1 {tomorrow} other {in # days}}',
        body: `{greeting}

Just a quick reminder: your loan payment of {amount} is due on {dueDate}. Already paid? Then you’re all set.

If money’s tight right now, get in touch — we can help.

Your banking team`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'We have not received your payment of {amount}',
        body: `{greeting}

We have not received your loan payment of {amount}, which was due on {dueDate} ({daysPastDue, plural, one {# day ago} other {# days ago}}). Please make the payment as soon as you can.

If you are experiencing financial difficulty, please contact us. We will listen and look at the options available to you, such as a payment arrangement.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'We haven’t received your payment of {amount}',
        body: `{greeting}

Your loan payment of {amount} was due on {dueDate} and we haven’t received it yet ({daysPastDue, plural, one {# day overdue} other {# days overdue}}). Please pay as soon as you can.

Finding things tough at the moment? Talk to us — we’re here to help you work something out.

Your banking team`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'Your payment arrangement is confirmed',
        body: `{greeting}

We confirm the arrangement we agreed with you: ${hardshipOption}, from {startsOn} to {endsOn}. While it is in place, we will not contact you about missed payments.

We will write to you before the arrangement ends. If your circumstances change, please let us know at any time.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'Your payment arrangement is in place',
        body: `{greeting}

All set: we’ve put ${hardshipOption} in place for you, from {startsOn} to {endsOn}. While it runs, we won’t chase you about missed payments.

We’ll be in touch before it ends. If anything changes for you, just let us know.

Your banking team`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'Your payment arrangement has ended',
        body: `{greeting}

Your payment arrangement has now ended, and your regular payments resume as set out in your loan agreement.

If you are still finding it difficult to pay, please contact us before your next payment date — we are here to help.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'Your payment arrangement has ended',
        body: `{greeting}

Your payment arrangement has now finished, so your regular payments start again as in your loan agreement.

Still finding it hard? Get in touch before your next payment date and we’ll see what we can do.

Your banking team`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'We have received your complaint ({complaintReference})',
        body: `{greeting}

Thank you for telling us about your concern. We have registered your complaint under reference {complaintReference}, and a member of our team is looking into it.

We will send you our final response by {finalResponseBy} at the latest. If you would like to add anything in the meantime, please quote your reference.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'We’ve got your complaint ({complaintReference})',
        body: `{greeting}

Thanks for letting us know what went wrong. Your complaint is logged under reference {complaintReference}, and someone from our team is looking into it.

You’ll hear back from us by {finalResponseBy} at the latest. Want to add something? Just quote your reference.

Your banking team`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'Our final response to your complaint ({complaintReference})',
        body: `{greeting}

We have completed our investigation of your complaint {complaintReference}. {outcome, select,
  upheld {We have upheld your complaint: we agree that we got things wrong, and we apologise.}
  partially_upheld {We have partially upheld your complaint: we agree with some of the points you raised, and we apologise for those.}
  not_upheld {We have not upheld your complaint: having reviewed everything carefully, we believe we acted correctly.}
  other {We have reached a decision on your complaint.}} Our detailed reasons, and what we will do next, are in your online banking inbox.

This is our final response. If you are not satisfied with it, you may refer your complaint free of charge to the financial ombudsman or the competent regulator. Time limits apply, usually six months from the date of this response.

Yours sincerely,
Your banking team`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'Your right to refer your complaint ({complaintReference})',
        body: `{greeting}

If you are not satisfied with how we have handled your complaint {complaintReference}, you have the right to refer it to the independent financial ombudsman or the competent financial regulator. This service is free of charge.

Please note that time limits apply: you usually need to refer your complaint within six months of our final response. Doing so does not affect your other legal rights.

If you need help, please contact us and quote your reference.

Yours sincerely,
Your banking team`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'Update on your complaint ({complaintReference})',
        body: `{greeting}

We are sorry, but we need more time to complete our investigation of your complaint {complaintReference}. We will now send you our final response by {newDeadline} at the latest.

If you do not wish to wait, you may be entitled to refer your complaint to the financial ombudsman or the competent regulator now.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'An update on your complaint ({complaintReference})',
        body: `{greeting}

Sorry — we need a little more time to finish looking into your complaint {complaintReference}. You’ll have our final answer by {newDeadline} at the latest.

If you’d rather not wait, you may be able to take your complaint to the financial ombudsman or the regulator now.

Your banking team`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'How did we do?',
        body: `{greeting}

We would value your opinion on your recent experience with us. The survey takes about two minutes and is open until {expiresAt}.

Survey reference: {surveyId}

Thank you for helping us improve.

Kind regards,
Your banking team`,
      },
      informal: {
        subject: 'Got two minutes?',
        body: `{greeting}

Tell us how we did! Our quick survey takes about two minutes and is open until {expiresAt}.

Survey reference: {surveyId}

Thanks for helping us get better.

Your banking team`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'Follow-up due: customer {customerId}',
        body: `A follow-up with customer {customerId} is due by {dueAt}.
Reason: {reason}

Please contact the customer on their preferred channel and record the outcome in the interaction log.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject:
          '{severity, select, high {Urgent: relationship risk} other {Relationship risk}} for customer {customerId}',
        body: `The relationship risk for customer {customerId} is now {severity, select, high {high} medium {medium} low {low} none {none} other {{severity}}}.
Signals: {reasons}

Please review the relationship, contact the customer if appropriate, and record your decision in the interaction log.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

On the occasion of ${festivalName}, all of us at the bank wish you and your loved ones good health, happiness and peace.

With warm wishes,
Your banking team`,
      },
      informal: {
        subject: `${festivalWish}!`,
        body: `{greeting}

${festivalWish}! Wishing you and your loved ones a wonderful celebration, full of joy and good health.

Warm wishes,
Your banking team`,
      },
    },
  },
};
