import type { LocaleTexts } from '../template-text';

const festivalWish = `{festival, select,
  lunar_new_year {新春快乐，万事如意}
  mid_autumn {中秋快乐，阖家团圆}
  eid_al_fitr {开斋节快乐}
  eid_al_adha {古尔邦节快乐}
  diwali {排灯节快乐}
  christmas {圣诞快乐}
  hanukkah {光明节快乐}
  nowruz {诺鲁孜节快乐}
  vesak {卫塞节吉祥}
  other {节日快乐}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {暂停还款}
  INTEREST_PAUSE {暂停计息}
  GRACE_ON_PRINCIPAL {本金宽限期（期间只还利息）}
  EXTEND_REPAYMENT_PERIOD {延长还款期限}
  RE_AGE {重新调整账户逾期状态}
  other {还款安排}}`;

export const zhHans: LocaleTexts = {
  locale: 'zh-Hans',
  greeting: {
    formal: '{named, select, yes {尊敬的{name}：} other {尊敬的客户：}}',
    informal: '{named, select, yes {{name}，你好！} other {你好！}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: '欢迎您成为我行客户',
        body: `{greeting}

感谢您选择我行。您的客户资料已设立完毕，我们将按照您选择的语言和时间与您联系。

如需更改联系方式或联系时间，您可随时通过手机银行或前往任一网点办理。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '欢迎加入！',
        body: `{greeting}

很高兴你成为我们的客户！你的资料已经设置好了，我们只会在你选择的时间、用你的语言联系你。

想改设置？随时在手机银行里改就行。

你的银行服务团队`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: '还款提醒：{amount}将于{dueDate}到期',
        body: `{greeting}

温馨提示：您的贷款本期应还款额{amount}将于{dueDate}到期（{daysUntilDue, plural, =0 {即今天} =1 {即明天} other {还有#天}}）。如您已还款，请忽略本提醒。

如您在还款方面有困难，请与我们联系，我们可以与您商讨可行的方案。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '还款提醒：{amount}{daysUntilDue, plural, =0 {今天} =1 {明天} other {#天后}}到期',
        body: `{greeting}

提醒一下：你的贷款还款{amount}将于{dueDate}到期。已经还了的话就不用管啦。

最近手头紧？随时找我们聊聊，我们会帮你想办法。

你的银行服务团队`,
      },
    },
    'payment-missed': {
      formal: {
        subject: '我们尚未收到您{amount}的还款',
        body: `{greeting}

您应于{dueDate}偿还的贷款款项{amount}，我们目前尚未收到（已逾期{daysPastDue}天）。请您尽快还款。

如您遇到经济困难，请与我们联系。我们会认真倾听，并与您一起研究可行的方案，例如还款安排。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '我们还没收到你{amount}的还款',
        body: `{greeting}

你在{dueDate}到期的贷款还款{amount}我们还没有收到（已逾期{daysPastDue}天），请尽快还款。

如果最近遇到困难，跟我们说一声，我们一起想办法。

你的银行服务团队`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: '您的还款安排已确认',
        body: `{greeting}

我们确认与您商定的安排：${hardshipOption}，期限为{startsOn}至{endsOn}。安排期间，我们不会就逾期款项与您联系催收。

安排结束前我们会再与您联系。如您的情况有变，请随时告知我们。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '你的还款安排已生效',
        body: `{greeting}

已经帮你办好了：${hardshipOption}，从{startsOn}到{endsOn}。这段时间我们不会为逾期款项催你。

安排结束前我们会再联系你。情况有变的话，随时告诉我们。

你的银行服务团队`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: '您的还款安排已结束',
        body: `{greeting}

您的还款安排现已结束，您将按照贷款合同恢复正常还款。

如您仍有还款困难，请在下一个还款日之前与我们联系，我们将竭诚为您提供帮助。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '你的还款安排已结束',
        body: `{greeting}

你的还款安排已经结束了，接下来按贷款合同正常还款就好。

如果还是有困难，请在下次还款日之前找我们，我们一起想办法。

你的银行服务团队`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: '我们已收到您的投诉（编号：{complaintReference}）',
        body: `{greeting}

感谢您向我们反映问题。您的投诉已登记，编号为{complaintReference}，我们的工作人员正在处理。

我们将最迟于{finalResponseBy}前给予您最终答复。如需补充信息，请注明您的投诉编号。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '你的投诉我们收到了（编号：{complaintReference}）',
        body: `{greeting}

谢谢你告诉我们出了什么问题。你的投诉已登记，编号是{complaintReference}，我们的同事正在跟进。

最晚{finalResponseBy}前会给你答复。想补充什么，记得注明编号。

你的银行服务团队`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: '关于您投诉（编号：{complaintReference}）的最终答复',
        body: `{greeting}

我们已完成对您的投诉（编号：{complaintReference}）的调查。{outcome, select,
  upheld {我们认为您的投诉成立：确是我们的过失，谨此致歉。}
  partially_upheld {我们认为您的投诉部分成立：您提出的部分问题确属我们的过失，谨此致歉。}
  not_upheld {经过仔细核查，我们认为您的投诉不成立，我行的处理符合规定。}
  other {我们已就您的投诉作出决定。}}详细理由及后续措施，请查阅您网上银行的消息中心。

这是我们的最终答复。如您对此不满意，可以免费向金融纠纷调解机构或金融监管部门投诉。请注意相关时限，通常为本答复之日起六个月内。

特此告知。
您的银行服务团队`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: '您就投诉（编号：{complaintReference}）寻求外部处理的权利',
        body: `{greeting}

如您对我们处理投诉（编号：{complaintReference}）的方式不满意，您有权将投诉提交给独立的金融纠纷调解机构或金融监管部门。该服务免费。

请注意时限：通常须在收到我们最终答复之日起六个月内提出。此举不影响您依法享有的其他权利。

如需协助，请与我们联系并注明您的投诉编号。

特此告知。
您的银行服务团队`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: '关于您投诉（编号：{complaintReference}）的进展',
        body: `{greeting}

很抱歉，我们需要更多时间完成对您的投诉（编号：{complaintReference}）的调查。我们将最迟于{newDeadline}前给予您最终答复。

如您不希望等待，现在即有权将投诉提交给金融纠纷调解机构或金融监管部门。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '你的投诉（编号：{complaintReference}）有新进展',
        body: `{greeting}

抱歉，我们还需要一点时间来处理你的投诉（编号：{complaintReference}）。最晚{newDeadline}前会给你最终答复。

如果不想等，你现在也可以向金融纠纷调解机构或监管部门投诉。

你的银行服务团队`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: '诚邀您评价我们的服务',
        body: `{greeting}

我们非常重视您对近期服务体验的意见。问卷约需两分钟，开放至{expiresAt}。

问卷编号：{surveyId}

感谢您帮助我们不断改进。

祝您生活愉快！
您的银行服务团队`,
      },
      informal: {
        subject: '花两分钟给我们打个分？',
        body: `{greeting}

我们做得怎么样？这份小问卷大约两分钟就能填完，开放到{expiresAt}。

问卷编号：{surveyId}

谢谢你帮我们做得更好！

你的银行服务团队`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: '待跟进：客户{customerId}',
        body: `客户{customerId}的跟进须于{dueAt}前完成。
原因：{reason}

请通过客户首选的渠道联系客户，并在互动记录中登记结果。`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject: '{severity, select, high {紧急：} other {}}客户{customerId}的关系风险预警',
        body: `客户{customerId}的关系风险等级现为{severity, select, high {高} medium {中} low {低} none {无} other {{severity}}}。
信号：{reasons}

请评估客户关系，必要时联系客户，并在互动记录中登记您的决定。`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

值此佳节，我行全体同仁恭祝您及家人${festivalWish}，身体健康，幸福安康！

您的银行服务团队`,
      },
      informal: {
        subject: `${festivalWish}！`,
        body: `{greeting}

${festivalWish}！祝你和家人开开心心，身体健康！

你的银行服务团队`,
      },
    },
  },
};
