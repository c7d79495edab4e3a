import type { LocaleTexts } from '../template-text';

// Formal: 합쇼체 (-습니다/-십시오), as in a bank's official notice; informal: 해요체.

const festivalWish = `{festival, select,
  lunar_new_year {새해 복 많이 받으십시오}
  mid_autumn {풍성한 한가위 보내십시오}
  eid_al_fitr {이드 알피트르를 축하드립니다}
  eid_al_adha {이드 알아드하를 축하드립니다}
  diwali {디왈리를 축하드립니다}
  christmas {메리 크리스마스}
  hanukkah {하누카를 축하드립니다}
  nowruz {노루즈를 축하드립니다}
  vesak {부처님 오신 날을 축하드립니다}
  other {즐거운 명절 보내십시오}}`;

const festivalWishInformal = `{festival, select,
  lunar_new_year {새해 복 많이 받으세요}
  mid_autumn {풍성한 한가위 보내세요}
  eid_al_fitr {이드 알피트르 축하드려요}
  eid_al_adha {이드 알아드하 축하드려요}
  diwali {디왈리 축하드려요}
  christmas {메리 크리스마스}
  hanukkah {하누카 축하드려요}
  nowruz {노루즈 축하드려요}
  vesak {부처님 오신 날 축하드려요}
  other {즐거운 명절 보내세요}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {상환 유예}
  INTEREST_PAUSE {이자 부과 일시 중지}
  GRACE_ON_PRINCIPAL {원금 거치(이자만 납부)}
  EXTEND_REPAYMENT_PERIOD {상환 기간 연장}
  RE_AGE {연체 상태 정상화(상환 조건 재조정)}
  other {상환 조정}}`;

const signature = `감사합니다.
고객서비스팀 드림`;

export const ko: LocaleTexts = {
  locale: 'ko',
  greeting: {
    formal:
      '{named, select, yes {{honorific, select, yes {{name}, 안녕하십니까.} other {{name} 고객님, 안녕하십니까.}}} other {고객님, 안녕하십니까.}}',
    informal: '{named, select, yes {{name} 님, 안녕하세요!} other {안녕하세요!}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: '가입을 환영합니다',
        body: `{greeting}

저희 은행을 선택해 주셔서 진심으로 감사드립니다. 고객 정보 등록이 완료되었으며, 앞으로 고객님께서 선택하신 언어와 시간대에 맞추어 연락드리겠습니다.

연락 방법과 시간대는 앱 또는 가까운 영업점에서 언제든지 변경하실 수 있습니다.

${signature}`,
      },
      informal: {
        subject: '환영해요!',
        body: `{greeting}

함께하게 되어 정말 반가워요. 프로필 설정이 끝났어요. 선택하신 언어로, 원하시는 시간에만 연락드릴게요.

설정은 앱에서 언제든 바꾸실 수 있어요.

고객서비스팀 드림`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: '[상환 안내] {dueDate} 상환 예정 금액 {amount}',
        body: `{greeting}

대출 상환 예정 금액 {amount}의 납부일이 {dueDate}({daysUntilDue, plural, =0 {오늘} =1 {내일} other {#일 후}})임을 안내해 드립니다. 이미 납부하셨다면 이 안내는 무시하셔도 됩니다.

상환에 어려움이 있으시면 언제든지 연락 주십시오. 고객님께 도움이 될 수 있는 방안을 함께 찾아보겠습니다.

${signature}`,
      },
      informal: {
        subject: '{daysUntilDue, plural, =0 {오늘} =1 {내일} other {#일 후}} 상환일이에요 ({amount})',
        body: `{greeting}

대출 상환금 {amount}의 납부일은 {dueDate}이에요. 이미 내셨다면 신경 쓰지 않으셔도 돼요.

요즘 부담이 크시다면 편하게 연락 주세요. 함께 방법을 찾아볼게요.

고객서비스팀 드림`,
      },
    },
    'payment-missed': {
      formal: {
        subject: '[중요] {amount} 상환금이 아직 입금되지 않았습니다',
        body: `{greeting}

{dueDate}에 납부하셔야 했던 대출 상환금 {amount}이(가) 아직 확인되지 않았습니다(경과 {daysPastDue}일). 가능한 한 빨리 납부해 주시기 바랍니다.

경제적으로 어려운 상황이시라면 저희에게 연락 주십시오. 말씀을 잘 듣고 상환 조정 등 이용하실 수 있는 방안을 함께 검토하겠습니다.

${signature}`,
      },
      informal: {
        subject: '{amount} 상환금이 아직 확인되지 않았어요',
        body: `{greeting}

{dueDate}이 납부일이었던 대출 상환금 {amount}이(가) 아직 들어오지 않았어요({daysPastDue}일 경과). 되도록 빨리 납부해 주세요.

요즘 많이 힘드시다면 저희에게 말씀해 주세요. 같이 방법을 찾아봐요.

고객서비스팀 드림`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: '상환 조정 확정 안내',
        body: `{greeting}

고객님과 합의한 상환 조정 내용을 다음과 같이 확인해 드립니다.
내용: ${hardshipOption}
기간: {startsOn}부터 {endsOn}까지

조정 기간 중에는 연체된 금액과 관련하여 저희가 추심 연락을 드리지 않습니다. 기간 종료 전에 다시 안내해 드리겠으며, 상황에 변화가 있으시면 언제든지 알려 주십시오.

${signature}`,
      },
      informal: {
        subject: '상환 조정이 시작됐어요',
        body: `{greeting}

말씀 나눈 대로 {startsOn}부터 {endsOn}까지 ${hardshipOption}을(를) 적용했어요. 이 기간에는 연체금 때문에 연락드리지 않아요.

끝나기 전에 다시 연락드릴게요. 상황이 바뀌면 언제든 알려 주세요.

고객서비스팀 드림`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: '상환 조정 기간 종료 안내',
        body: `{greeting}

상환 조정 기간이 종료되었습니다. 앞으로는 대출 약정에 따라 정상 상환을 재개해 주시기 바랍니다.

여전히 상환이 어려우시면 다음 납부일 전에 저희에게 연락 주십시오. 성심껏 도와드리겠습니다.

${signature}`,
      },
      informal: {
        subject: '상환 조정 기간이 끝났어요',
        body: `{greeting}

상환 조정 기간이 끝나서, 이제 대출 약정대로 다시 상환하시면 돼요.

아직 어려우시면 다음 납부일 전에 꼭 연락 주세요. 같이 방법을 찾아볼게요.

고객서비스팀 드림`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: '민원이 접수되었습니다 (접수번호: {complaintReference})',
        body: `{greeting}

소중한 의견을 보내 주셔서 감사합니다. 고객님의 민원은 접수번호 {complaintReference}(으)로 접수되었으며, 담당자가 확인하고 있습니다.

늦어도 {finalResponseBy}까지 최종 답변을 드리겠습니다. 추가로 전하실 내용이 있으시면 접수번호와 함께 알려 주십시오.

${signature}`,
      },
      informal: {
        subject: '민원이 접수됐어요 (접수번호: {complaintReference})',
        body: `{greeting}

알려 주셔서 고마워요. 민원은 접수번호 {complaintReference}(으)로 접수됐고, 담당자가 살펴보고 있어요.

늦어도 {finalResponseBy}까지 답변드릴게요. 더 하실 말씀이 있으면 접수번호와 함께 보내 주세요.

고객서비스팀 드림`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: '민원에 대한 최종 답변 (접수번호: {complaintReference})',
        body: `{greeting}

접수번호 {complaintReference} 민원에 대한 조사를 마쳤습니다. {outcome, select,
  upheld {조사 결과 저희 은행의 잘못이 확인되었습니다. 불편을 드린 점 진심으로 사과드립니다.}
  partially_upheld {조사 결과 제기하신 내용 중 일부에 대해 저희 은행의 잘못이 확인되었습니다. 해당 부분에 대해 진심으로 사과드립니다.}
  not_upheld {모든 사항을 신중히 검토한 결과, 저희 은행의 처리는 적정하였다고 판단하였습니다.}
  other {민원에 대한 결정을 내렸습니다.}} 자세한 사유와 향후 조치는 인터넷뱅킹 메시지함에서 확인하실 수 있습니다.

이 답변은 저희 은행의 최종 답변입니다. 결과에 동의하지 않으시면 금융분쟁조정기관 또는 금융감독당국에 무료로 분쟁 조정을 신청하실 수 있습니다. 신청 기한이 있으며, 일반적으로 본 답변일로부터 6개월 이내입니다.

${signature}`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: '외부 기관에 민원을 제기하실 권리 안내 (접수번호: {complaintReference})',
        body: `{greeting}

접수번호 {complaintReference} 민원에 대한 저희의 처리에 만족하지 못하신 경우, 고객님께서는 독립적인 금융분쟁조정기관 또는 금융감독당국에 민원을 제기하실 권리가 있습니다. 이 절차는 무료입니다.

신청 기한이 있으니 유의해 주십시오. 일반적으로 저희 최종 답변일로부터 6개월 이내에 신청하셔야 합니다. 이는 고객님의 다른 법적 권리에 영향을 주지 않습니다.

도움이 필요하시면 접수번호와 함께 연락 주십시오.

${signature}`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: '민원 처리 진행 상황 안내 (접수번호: {complaintReference})',
        body: `{greeting}

접수번호 {complaintReference} 민원의 조사를 마치는 데 시간이 더 필요하게 되었습니다. 기다리시게 하여 죄송합니다. 늦어도 {newDeadline}까지 최종 답변을 드리겠습니다.

기다리기 어려우시면 지금 바로 금융분쟁조정기관 또는 금융감독당국에 민원을 제기하실 수도 있습니다.

${signature}`,
      },
      informal: {
        subject: '민원 처리 소식이에요 (접수번호: {complaintReference})',
        body: `{greeting}

죄송해요. 접수번호 {complaintReference} 민원을 살펴보는 데 시간이 조금 더 필요해요. 늦어도 {newDeadline}까지 최종 답변을 드릴게요.

기다리기 어려우시면 지금 금융분쟁조정기관이나 감독당국에 민원을 내실 수도 있어요.

고객서비스팀 드림`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: '설문 참여를 부탁드립니다',
        body: `{greeting}

최근 저희 은행을 이용하신 경험에 대한 고객님의 의견을 듣고자 합니다. 설문은 약 2분 정도 소요되며, {expiresAt}까지 참여하실 수 있습니다.

설문 번호: {surveyId}

더 나은 서비스를 위해 도움 주셔서 감사합니다.

${signature}`,
      },
      informal: {
        subject: '2분만 시간 내주실래요?',
        body: `{greeting}

저희 서비스 어떠셨어요? 2분이면 끝나는 짧은 설문이고, {expiresAt}까지 참여하실 수 있어요.

설문 번호: {surveyId}

더 좋아질 수 있게 도와주셔서 고마워요!

고객서비스팀 드림`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: '후속 조치 기한: 고객 {customerId}',
        body: `고객 {customerId}에 대한 후속 조치 기한은 {dueAt}입니다.
사유: {reason}

고객이 선호하는 채널로 연락하고 결과를 상담 이력에 기록하십시오.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject: '{severity, select, high {[긴급] } other {}}고객 {customerId} 관계 위험 경고',
        body: `고객 {customerId}의 관계 위험도가 {severity, select, high {높음} medium {보통} low {낮음} none {없음} other {{severity}}}(으)로 변경되었습니다.
신호: {reasons}

관계를 검토하고 필요한 경우 고객에게 연락한 뒤, 결정 사항을 상담 이력에 기록하십시오.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

${festivalWish}.
고객님과 가족 모두의 건강과 행복을 저희 임직원 일동이 진심으로 기원합니다.

고객서비스팀 드림`,
      },
      informal: {
        subject: `${festivalWishInformal}!`,
        body: `{greeting}

${festivalWishInformal}! 가족과 함께 즐겁고 건강한 시간 보내세요.

고객서비스팀 드림`,
      },
    },
  },
};
