import type { LocaleTexts } from '../template-text';

// Modern Standard Arabic, addressing the customer with the plural of respect (لكم، حضرتكم), which is
// also the register that does not presume the reader's gender.

const festivalName = `{festival, select,
  lunar_new_year {رأس السنة القمرية}
  mid_autumn {عيد منتصف الخريف}
  eid_al_fitr {عيد الفطر المبارك}
  eid_al_adha {عيد الأضحى المبارك}
  diwali {عيد ديوالي}
  christmas {عيد الميلاد المجيد}
  hanukkah {عيد الأنوار (حانوكا)}
  nowruz {عيد النوروز}
  vesak {عيد فيساك}
  other {هذه المناسبة السعيدة}}`;

const festivalWish = `{festival, select,
  eid_al_fitr {عيد فطر مبارك}
  eid_al_adha {عيد أضحى مبارك}
  christmas {ميلاد مجيد وكل عام وأنتم بخير}
  other {كل عام وأنتم بخير}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {تأجيل مؤقت للأقساط}
  INTEREST_PAUSE {إيقاف مؤقت لاحتساب الفائدة}
  GRACE_ON_PRINCIPAL {فترة سماح على أصل القرض تُسدَّد خلالها الفائدة فقط}
  EXTEND_REPAYMENT_PERIOD {تمديد مدة السداد}
  RE_AGE {تسوية وضع حسابكم وإعادته إلى الانتظام}
  other {ترتيب للسداد}}`;

const signature = `مع خالص التحية،
فريق خدمة العملاء`;

export const ar: LocaleTexts = {
  locale: 'ar',
  greeting: {
    formal: '{named, select, yes {{name}،\nتحية طيبة وبعد،} other {تحية طيبة وبعد،}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'أهلًا وسهلًا بكم في مصرفنا',
        body: `{greeting}

نشكركم على ثقتكم بنا. لقد أصبح ملفكم جاهزًا، وسنتواصل معكم باللغة وفي الأوقات التي اخترتموها.

يمكنكم في أي وقت تغيير طريقة التواصل معكم وتوقيته عبر التطبيق أو في أي فرع من فروعنا.

${signature}`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'تذكير: يستحق قسطكم البالغ {amount} بتاريخ {dueDate}',
        body: `{greeting}

نود تذكيركم بأن قسط قرضكم البالغ {amount} يستحق السداد بتاريخ {dueDate} ({daysUntilDue, plural, =0 {اليوم} =1 {غدًا} =2 {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}). إذا كنتم قد سددتم القسط بالفعل، فيرجى تجاهل هذه الرسالة.

إذا كنتم تواجهون صعوبة في السداد، فيسعدنا تواصلكم معنا لبحث الخيارات التي قد تساعدكم.

${signature}`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'لم نستلم دفعتكم البالغة {amount}',
        body: `{greeting}

لم نستلم حتى الآن قسط قرضكم البالغ {amount} الذي كان مستحقًا بتاريخ {dueDate} ({daysPastDue, plural, =1 {منذ يوم واحد} =2 {منذ يومين} few {منذ # أيام} many {منذ # يومًا} other {منذ # يوم}}). نرجو منكم السداد في أقرب وقت ممكن.

إذا كنتم تمرون بضائقة مالية، فيرجى التواصل معنا. سنستمع إليكم وندرس معكم الخيارات المتاحة، مثل ترتيب للسداد.

${signature}`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'تأكيد ترتيب السداد الخاص بكم',
        body: `{greeting}

نؤكد لكم الترتيب الذي اتفقنا عليه معكم: ${hardshipOption}، من {startsOn} إلى {endsOn}. وخلال سريانه لن نتواصل معكم بشأن تحصيل الأقساط المتأخرة.

سنراسلكم قبل انتهاء هذا الترتيب. وإذا تغيرت ظروفكم، فيرجى إبلاغنا في أي وقت.

${signature}`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'انتهاء ترتيب السداد الخاص بكم',
        body: `{greeting}

نحيطكم علمًا بانتهاء ترتيب السداد الخاص بكم، وستُستأنف أقساطكم المعتادة وفقًا لعقد القرض.

إذا كنتم لا تزالون تواجهون صعوبة في السداد، فيرجى التواصل معنا قبل موعد القسط القادم، فنحن هنا لمساعدتكم.

${signature}`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'استلمنا شكواكم (المرجع {complaintReference})',
        body: `{greeting}

نشكركم على إبلاغنا بملاحظاتكم. لقد سجلنا شكواكم برقم المرجع {complaintReference}، ويتولى أحد أعضاء فريقنا دراستها.

سنرسل إليكم ردنا النهائي في موعد أقصاه {finalResponseBy}. وإذا رغبتم في إضافة أي معلومات في هذه الأثناء، فيرجى ذكر رقم المرجع.

${signature}`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'ردنا النهائي على شكواكم (المرجع {complaintReference})',
        body: `{greeting}

لقد أنهينا التحقيق في شكواكم رقم {complaintReference}. {outcome, select,
  upheld {وقد تبيّن لنا أن شكواكم في محلها، ونقرّ بأننا أخطأنا، ونعتذر إليكم عن ذلك.}
  partially_upheld {وقد تبيّن لنا أن شكواكم في محلها جزئيًا، إذ نتفق معكم في بعض ما أثرتموه، ونعتذر إليكم عنه.}
  not_upheld {وبعد مراجعة دقيقة لجميع التفاصيل، نرى أننا تصرفنا على النحو الصحيح، ولذلك لم نقبل الشكوى.}
  other {وقد اتخذنا قرارًا بشأن شكواكم.}} تجدون الأسباب المفصلة والخطوات التالية في صندوق الرسائل في خدمتكم المصرفية الإلكترونية.

هذا هو ردنا النهائي. وإذا لم تكونوا راضين عنه، فيحق لكم إحالة شكواكم مجانًا إلى جهة تسوية المنازعات المصرفية أو الجهة الرقابية المختصة، مع مراعاة المهل المحددة، وهي عادةً ستة أشهر من تاريخ هذا الرد.

وتفضلوا بقبول فائق الاحترام،
فريق خدمة العملاء`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'حقكم في إحالة شكواكم (المرجع {complaintReference})',
        body: `{greeting}

إذا لم تكونوا راضين عن طريقة معالجتنا لشكواكم رقم {complaintReference}، فيحق لكم إحالتها إلى جهة مستقلة لتسوية المنازعات المصرفية أو إلى الجهة الرقابية المالية المختصة، وذلك دون أي رسوم.

يرجى العلم بوجود مهل محددة، إذ يتعين عادةً تقديم الإحالة خلال ستة أشهر من تاريخ ردنا النهائي. ولا يؤثر ذلك في حقوقكم القانونية الأخرى.

إذا احتجتم إلى أي مساعدة، فيرجى التواصل معنا وذكر رقم المرجع.

وتفضلوا بقبول فائق الاحترام،
فريق خدمة العملاء`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'مستجدات شكواكم (المرجع {complaintReference})',
        body: `{greeting}

نعتذر إليكم، إذ نحتاج إلى مزيد من الوقت لإتمام التحقيق في شكواكم رقم {complaintReference}. وسنرسل إليكم ردنا النهائي في موعد أقصاه {newDeadline}.

وإذا لم ترغبوا في الانتظار، فقد يحق لكم من الآن إحالة شكواكم إلى جهة تسوية المنازعات المصرفية أو الجهة الرقابية المختصة.

${signature}`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'يهمنا رأيكم',
        body: `{greeting}

نود التعرف على رأيكم في تجربتكم الأخيرة معنا. يستغرق الاستبيان دقيقتين تقريبًا، ويظل متاحًا حتى {expiresAt}.

رقم الاستبيان: {surveyId}

نشكركم على مساعدتنا في تحسين خدماتنا.

${signature}`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'متابعة مستحقة: العميل {customerId}',
        body: `تستحق المتابعة مع العميل {customerId} في موعد أقصاه {dueAt}.
السبب: {reason}

يرجى التواصل مع العميل عبر قناته المفضلة وتسجيل النتيجة في سجل التفاعلات.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject: '{severity, select, high {عاجل: مخاطر} other {مخاطر}} في العلاقة مع العميل {customerId}',
        body: `أصبح مستوى المخاطر في العلاقة مع العميل {customerId}: {severity, select, high {مرتفع} medium {متوسط} low {منخفض} none {لا يوجد} other {{severity}}}.
المؤشرات: {reasons}

يرجى مراجعة العلاقة والتواصل مع العميل عند الاقتضاء، وتسجيل قراركم في سجل التفاعلات.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

بمناسبة ${festivalName}، يتقدم إليكم جميع العاملين في المصرف بأطيب التهاني، متمنين لكم ولأحبائكم موفور الصحة والسعادة والسلام.

${festivalWish}،
فريق خدمة العملاء`,
      },
    },
  },
};
