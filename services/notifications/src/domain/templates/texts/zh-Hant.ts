import type { LocaleTexts } from '../template-text';

const festivalWish = `{festival, select,
  lunar_new_year {新春快樂，萬事如意}
  mid_autumn {中秋節快樂，闔家團圓}
  eid_al_fitr {開齋節快樂}
  eid_al_adha {宰牲節快樂}
  diwali {排燈節快樂}
  christmas {聖誕快樂}
  hanukkah {光明節快樂}
  nowruz {諾魯孜節快樂}
  vesak {衛塞節吉祥}
  other {佳節愉快}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {暫停還款}
  INTEREST_PAUSE {暫停計息}
  GRACE_ON_PRINCIPAL {本金寬限期（期間僅繳利息）}
  EXTEND_REPAYMENT_PERIOD {延長還款期限}
  RE_AGE {重新調整帳戶逾期狀態}
  other {還款協議}}`;

export const zhHant: LocaleTexts = {
  locale: 'zh-Hant',
  greeting: {
    formal: '{named, select, yes {親愛的{name}您好：} other {親愛的客戶您好：}}',
    informal: '{named, select, yes {{name}，你好！} other {你好！}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: '歡迎您成為本行客戶',
        body: `{greeting}

感謝您選擇本行。您的客戶資料已建立完成，我們將依照您選擇的語言與時段與您聯繫。

如需變更聯繫方式或時段，您可隨時透過行動銀行或親臨任一分行辦理。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '歡迎加入！',
        body: `{greeting}

很高興你成為我們的客戶！你的資料已經設定好了，我們只會在你選的時段、用你的語言聯絡你。

想改設定？隨時在行動銀行裡改就可以。

你的銀行服務團隊`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: '繳款提醒：{amount}將於{dueDate}到期',
        body: `{greeting}

提醒您，您的貸款本期應繳金額{amount}將於{dueDate}到期（{daysUntilDue, plural, =0 {即今天} =1 {即明天} other {尚有#天}}）。若您已繳款，請忽略本通知。

如您在繳款上有困難，歡迎與我們聯繫，我們可與您討論可行的方案。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '繳款提醒：{amount}{daysUntilDue, plural, =0 {今天} =1 {明天} other {#天後}}到期',
        body: `{greeting}

提醒一下：你的貸款繳款{amount}將於{dueDate}到期。已經繳了的話就不用理會囉。

最近手頭比較緊？隨時找我們聊聊，我們會幫你想辦法。

你的銀行服務團隊`,
      },
    },
    'payment-missed': {
      formal: {
        subject: '我們尚未收到您{amount}的繳款',
        body: `{greeting}

您應於{dueDate}繳納的貸款款項{amount}，本行目前尚未收到（已逾期{daysPastDue}天）。敬請儘速繳款。

如您遇到經濟困難，請與我們聯繫。我們會耐心聆聽，並與您一同研究可行的方案，例如還款協議。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '我們還沒收到你{amount}的繳款',
        body: `{greeting}

你在{dueDate}到期的貸款繳款{amount}我們還沒收到（已逾期{daysPastDue}天），請盡快繳款。

如果最近遇到困難，跟我們說一聲，我們一起想辦法。

你的銀行服務團隊`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: '您的還款協議已確認',
        body: `{greeting}

本行確認與您議定的安排：${hardshipOption}，期間為{startsOn}至{endsOn}。協議期間，本行不會就逾期款項與您聯繫催收。

協議結束前我們會再與您聯繫。如您的情況有所變化，請隨時告知我們。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '你的還款協議已生效',
        body: `{greeting}

已經幫你辦好了：${hardshipOption}，從{startsOn}到{endsOn}。這段期間我們不會為逾期款項催你。

協議結束前我們會再聯絡你。情況有變的話，隨時告訴我們。

你的銀行服務團隊`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: '您的還款協議已結束',
        body: `{greeting}

您的還款協議現已結束，您將依照貸款契約恢復正常繳款。

如您仍有繳款困難，請於下一個繳款日前與我們聯繫，我們將竭誠為您提供協助。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '你的還款協議已結束',
        body: `{greeting}

你的還款協議已經結束了，接下來依貸款契約正常繳款就好。

如果還是有困難，請在下次繳款日前找我們，我們一起想辦法。

你的銀行服務團隊`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: '我們已收到您的申訴（案件編號：{complaintReference}）',
        body: `{greeting}

感謝您向我們反映問題。您的申訴已登記，案件編號為{complaintReference}，專人正在處理中。

我們將最遲於{finalResponseBy}前給予您最終回覆。如需補充資料，請註明您的案件編號。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '你的申訴我們收到了（案件編號：{complaintReference}）',
        body: `{greeting}

謝謝你告訴我們哪裡出了問題。你的申訴已登記，案件編號是{complaintReference}，我們的同事正在跟進。

最晚{finalResponseBy}前會回覆你。想補充什麼，記得註明案件編號。

你的銀行服務團隊`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: '有關您申訴案件（編號：{complaintReference}）的最終回覆',
        body: `{greeting}

本行已完成您申訴案件（編號：{complaintReference}）的調查。{outcome, select,
  upheld {本行認為您的申訴成立：確屬本行疏失，謹此致歉。}
  partially_upheld {本行認為您的申訴部分成立：您所提出的部分問題確屬本行疏失，謹此致歉。}
  not_upheld {經審慎查核，本行認為您的申訴不成立，本行的處理符合規定。}
  other {本行已就您的申訴作出決定。}}詳細理由及後續處理，請至您網路銀行的訊息中心查閱。

此為本行的最終回覆。如您對此不滿意，可免費向金融消費爭議處理機構或金融主管機關提出申請。請留意相關期限，通常為本回覆日起六個月內。

敬啟
您的銀行服務團隊`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: '您就申訴案件（編號：{complaintReference}）尋求外部處理的權利',
        body: `{greeting}

如您對本行處理申訴案件（編號：{complaintReference}）的方式不滿意，您有權向獨立的金融消費爭議處理機構或金融主管機關提出申請。該服務免費。

請留意期限：通常須於收到本行最終回覆之日起六個月內提出。此舉不影響您依法享有的其他權利。

如需協助，請與我們聯繫並註明您的案件編號。

敬啟
您的銀行服務團隊`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: '有關您申訴案件（編號：{complaintReference}）的最新進度',
        body: `{greeting}

很抱歉，本行需要更多時間完成您申訴案件（編號：{complaintReference}）的調查。本行將最遲於{newDeadline}前給予您最終回覆。

如您不希望等待，現在即有權向金融消費爭議處理機構或金融主管機關提出申請。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '你的申訴案件（編號：{complaintReference}）有新進度',
        body: `{greeting}

抱歉，我們還需要一點時間處理你的申訴（編號：{complaintReference}）。最晚{newDeadline}前會給你最終回覆。

如果不想等，你現在也可以向金融消費爭議處理機構或主管機關申訴。

你的銀行服務團隊`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: '誠摯邀請您評價我們的服務',
        body: `{greeting}

我們非常重視您對近期服務體驗的意見。問卷約需兩分鐘，開放至{expiresAt}。

問卷編號：{surveyId}

感謝您協助我們持續改進。

敬祝 順心
您的銀行服務團隊`,
      },
      informal: {
        subject: '花兩分鐘幫我們打個分數？',
        body: `{greeting}

我們表現得如何？這份小問卷大約兩分鐘就能填完，開放到{expiresAt}。

問卷編號：{surveyId}

謝謝你幫我們做得更好！

你的銀行服務團隊`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: '待跟進：客戶{customerId}',
        body: `客戶{customerId}的跟進須於{dueAt}前完成。
原因：{reason}

請透過客戶偏好的管道聯繫客戶，並於互動紀錄中登記結果。`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject: '{severity, select, high {緊急：} other {}}客戶{customerId}的關係風險預警',
        body: `客戶{customerId}的關係風險等級現為{severity, select, high {高} medium {中} low {低} none {無} other {{severity}}}。
訊號：{reasons}

請評估客戶關係，必要時聯繫客戶，並於互動紀錄中登記您的決定。`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

值此佳節，本行全體同仁恭祝您與家人${festivalWish}，身體健康，幸福美滿！

您的銀行服務團隊`,
      },
      informal: {
        subject: `${festivalWish}！`,
        body: `{greeting}

${festivalWish}！祝你和家人開開心心、身體健康！

你的銀行服務團隊`,
      },
    },
  },
};
