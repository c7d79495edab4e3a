import type { LocaleTexts } from '../template-text';

// Formal: 敬語 (尊敬語・謙譲語) as in a bank's written notice; informal: friendly です・ます.

const festivalWish = `{festival, select,
  lunar_new_year {旧正月おめでとうございます}
  mid_autumn {中秋節おめでとうございます}
  eid_al_fitr {イード・アル＝フィトルおめでとうございます}
  eid_al_adha {イード・アル＝アドハーおめでとうございます}
  diwali {ディワリおめでとうございます}
  christmas {メリークリスマス}
  hanukkah {ハヌカおめでとうございます}
  nowruz {ノウルーズおめでとうございます}
  vesak {ウェーサーカ祭おめでとうございます}
  other {季節のご挨拶を申し上げます}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {ご返済の一時猶予}
  INTEREST_PAUSE {利息の一時停止}
  GRACE_ON_PRINCIPAL {元金据置（利息のみのお支払い）}
  EXTEND_REPAYMENT_PERIOD {返済期間の延長}
  RE_AGE {延滞状態の解消（返済条件の再設定）}
  other {返済条件の変更}}`;

const signature = `今後とも何卒よろしくお願い申し上げます。

お客様サービス担当`;

export const ja: LocaleTexts = {
  locale: 'ja',
  greeting: {
    formal: '{named, select, yes {{honorific, select, yes {{name}} other {{name} 様}}} other {お客様}}',
    informal: '{named, select, yes {{name}さん、こんにちは。} other {こんにちは。}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'ご登録ありがとうございます',
        body: `{greeting}

このたびは当行をお選びいただき、誠にありがとうございます。お客様情報の登録が完了いたしました。今後は、お客様がお選びになった言語と時間帯にご連絡いたします。

ご連絡の方法や時間帯は、アプリまたはお近くの支店にていつでも変更いただけます。

${signature}`,
      },
      informal: {
        subject: 'ようこそ！',
        body: `{greeting}

ご登録ありがとうございます！プロフィールの設定が完了しました。ご連絡は、選んでいただいた言語と時間帯にだけお送りします。

設定はアプリからいつでも変えられます。

お客様サービス担当`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: '【ご返済日のお知らせ】{dueDate}は{amount}のご返済日です',
        body: `{greeting}

いつも当行をご利用いただき、誠にありがとうございます。
ご融資の次回ご返済額{amount}のご返済日は{dueDate}（{daysUntilDue, plural, =0 {本日} =1 {明日} other {#日後}}）でございます。すでにお手続きがお済みの場合は、本メールと行き違いとなりましたことをご容赦ください。

ご返済が難しい事情がございましたら、どうぞお気軽にご相談ください。お客様に合った方法をご一緒に検討いたします。

${signature}`,
      },
      informal: {
        subject: 'ご返済日が{daysUntilDue, plural, =0 {今日} =1 {明日} other {#日後}}です（{amount}）',
        body: `{greeting}

ご返済のお知らせです。{amount}のご返済日は{dueDate}です。もうお支払い済みでしたら、このメッセージは気にしないでください。

お支払いが厳しいときは、遠慮なくご相談くださいね。一緒に方法を考えます。

お客様サービス担当`,
      },
    },
    'payment-missed': {
      formal: {
        subject: '【重要】ご返済（{amount}）の確認ができておりません',
        body: `{greeting}

{dueDate}がご返済日でございました{amount}につきまして、本日時点でご入金を確認できておりません（{daysPastDue}日経過）。お手数ではございますが、できるだけ早くお手続きくださいますようお願い申し上げます。

ご返済が難しい事情がおありの場合は、ご遠慮なくご相談ください。お話を伺い、返済条件の変更など、ご利用いただける方法をご案内いたします。

${signature}`,
      },
      informal: {
        subject: 'ご返済（{amount}）がまだ確認できていません',
        body: `{greeting}

{dueDate}がご返済日だった{amount}のお支払いが、まだ確認できていません（{daysPastDue}日経過）。できるだけ早めにお支払いをお願いします。

いま大変な状況でしたら、ぜひご相談ください。一緒に解決策を考えます。

お客様サービス担当`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: '返済条件の変更についてのご確認',
        body: `{greeting}

お客様とお取り決めいたしました内容を、下記のとおりご確認申し上げます。
内容：${hardshipOption}
期間：{startsOn}から{endsOn}まで

この期間中、延滞分のご返済について当行からご連絡することはございません。期間終了前に改めてご案内いたします。ご状況に変化がございましたら、いつでもお知らせください。

${signature}`,
      },
      informal: {
        subject: '返済条件の変更が始まりました',
        body: `{greeting}

お話ししたとおり、{startsOn}から{endsOn}まで「${hardshipOption}」を適用しました。この間、延滞分のことでこちらから催促することはありません。

終わる前にまたご連絡しますね。状況が変わったら、いつでも教えてください。

お客様サービス担当`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: '返済条件の変更期間終了のお知らせ',
        body: `{greeting}

お取り決めいたしました返済条件の変更期間が終了いたしました。今後はご融資契約に定めるとおり、通常のご返済を再開いただきますようお願い申し上げます。

引き続きご返済が難しい場合は、次回ご返済日より前に当行までご相談ください。

${signature}`,
      },
      informal: {
        subject: '返済条件の変更期間が終わりました',
        body: `{greeting}

返済条件の変更期間が終わりました。これからは契約どおりの通常のご返済に戻ります。

まだ厳しいようでしたら、次のご返済日の前にご相談くださいね。

お客様サービス担当`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'お申し出を承りました（受付番号：{complaintReference}）',
        body: `{greeting}

このたびは貴重なご意見をお寄せいただき、誠にありがとうございます。お申し出は受付番号{complaintReference}にて承り、担当者が確認を進めております。

遅くとも{finalResponseBy}までに最終的なご回答をお送りいたします。追加でお伝えいただくことがございましたら、受付番号を添えてご連絡ください。

${signature}`,
      },
      informal: {
        subject: 'お申し出を受け付けました（受付番号：{complaintReference}）',
        body: `{greeting}

ご連絡ありがとうございます。お申し出は受付番号{complaintReference}で受け付け、担当者が確認しています。

{finalResponseBy}までにはお返事します。追加で伝えたいことがあれば、受付番号を添えて送ってください。

お客様サービス担当`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'お申し出に対する最終回答（受付番号：{complaintReference}）',
        body: `{greeting}

受付番号{complaintReference}のお申し出につきまして、調査が完了いたしました。{outcome, select,
  upheld {調査の結果、当行の対応に誤りがあったことを確認いたしました。多大なるご迷惑をおかけしましたことを、心よりお詫び申し上げます。}
  partially_upheld {調査の結果、ご指摘の一部につきまして当行の対応に誤りがあったことを確認いたしました。該当の点につきまして、心よりお詫び申し上げます。}
  not_upheld {慎重に調査いたしました結果、当行の対応は適正であったと判断いたしました。}
  other {お申し出について判断をいたしました。}}詳しい理由と今後の対応は、インターネットバンキングのメッセージボックスにてご確認いただけます。

本書が当行からの最終回答となります。ご納得いただけない場合は、金融ADR機関（指定紛争解決機関）または監督当局に無料でお申し立ていただけます。お申し立てには期限があり、通常は本回答の日から6か月以内となります。

敬具
お客様サービス担当`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: '外部機関へのお申し立てについて（受付番号：{complaintReference}）',
        body: `{greeting}

受付番号{complaintReference}のお申し出に対する当行の対応にご納得いただけない場合、お客様は中立・公正な金融ADR機関（指定紛争解決機関）または金融監督当局にお申し立ていただく権利がございます。ご利用は無料です。

なお、お申し立てには期限がございます。通常は当行の最終回答の日から6か月以内にお手続きください。お申し立てによって、お客様のその他の法的権利が損なわれることはございません。

ご不明な点がございましたら、受付番号を添えて当行までお問い合わせください。

敬具
お客様サービス担当`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'お申し出の調査状況について（受付番号：{complaintReference}）',
        body: `{greeting}

受付番号{complaintReference}のお申し出につきまして、調査にもうしばらくお時間を頂戴することとなりました。お待たせして誠に申し訳ございません。遅くとも{newDeadline}までに最終的なご回答をお送りいたします。

お待ちいただくことが難しい場合は、現時点で金融ADR機関または監督当局にお申し立ていただける場合がございます。

${signature}`,
      },
      informal: {
        subject: 'お申し出の進み具合について（受付番号：{complaintReference}）',
        body: `{greeting}

受付番号{complaintReference}のお申し出の確認に、もう少しお時間をいただくことになりました。お待たせしてすみません。{newDeadline}までには最終的なお返事をお送りします。

待てない場合は、今の時点で金融ADR機関や監督当局に申し立てできることもあります。

お客様サービス担当`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'アンケートご協力のお願い',
        body: `{greeting}

先日は当行をご利用いただき、誠にありがとうございました。サービス向上のため、アンケートへのご協力をお願い申し上げます。所要時間は2分ほどで、{expiresAt}までご回答いただけます。

アンケート番号：{surveyId}

ご協力のほど、よろしくお願い申し上げます。

お客様サービス担当`,
      },
      informal: {
        subject: '2分だけアンケートにご協力ください',
        body: `{greeting}

先日のご利用はいかがでしたか？ 2分ほどで終わるアンケートです。{expiresAt}まで回答できます。

アンケート番号：{surveyId}

ご協力ありがとうございます！

お客様サービス担当`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'フォローアップ期限：顧客{customerId}',
        body: `顧客{customerId}へのフォローアップ期限は{dueAt}です。
理由：{reason}

お客様のご希望の連絡手段でご連絡のうえ、結果を応対履歴に記録してください。`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject: '{severity, select, high {【至急】} other {}}顧客{customerId}の取引リスク警告',
        body: `顧客{customerId}の取引リスクが「{severity, select, high {高} medium {中} low {低} none {なし} other {{severity}}}」になりました。
兆候：{reasons}

取引状況を確認し、必要に応じてお客様にご連絡のうえ、判断内容を応対履歴に記録してください。`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

${festivalWish}。
お客様とご家族の皆様のご健康とご多幸を、行員一同心よりお祈り申し上げます。

お客様サービス担当`,
      },
      informal: {
        subject: `${festivalWish}！`,
        body: `{greeting}

${festivalWish}！ご家族の皆さんと楽しい時間をお過ごしください。

お客様サービス担当`,
      },
    },
  },
};
