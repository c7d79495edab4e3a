import type { LocaleTexts } from '../template-text';

// Tagalog (Filipino). `tl` is stored as `fil`, its canonical BCP 47 form (CLDR alias), so that a
// customer registered as `tl` or `fil` gets these texts. Formal: "po" and the respectful plural
// (ninyo, inyo); informal: without "po", with "mo/ka".

const festivalWish = `{festival, select,
  lunar_new_year {Manigong Bagong Taon ng Lunar}
  mid_autumn {Maligayang Mid-Autumn Festival}
  eid_al_fitr {Eid Mubarak}
  eid_al_adha {Eid Mubarak}
  diwali {Maligayang Diwali}
  christmas {Maligayang Pasko}
  hanukkah {Maligayang Hanukkah}
  nowruz {Maligayang Nowruz}
  vesak {Maligayang Vesak}
  other {Maligayang pagdiriwang}}`;

const hardshipOption = (your: string) => `{option, select,
  PAYMENT_HOLIDAY {pansamantalang paghinto ng pagbabayad ng hulog}
  INTEREST_PAUSE {pansamantalang paghinto ng interes}
  GRACE_ON_PRINCIPAL {palugit sa prinsipal (interes lamang ang babayaran)}
  EXTEND_REPAYMENT_PERIOD {mas mahabang panahon ng pagbabayad}
  RE_AGE {pagsasaayos ng katayuan ng ${your} account}
  other {kasunduan sa pagbabayad}}`;

const signature = `Lubos na gumagalang,
Ang inyong banking team`;

export const tl: LocaleTexts = {
  locale: 'fil',
  greeting: {
    formal: '{named, select, yes {Mahal na {name},} other {Mahal naming kliyente,}}',
    informal: '{named, select, yes {Hi {name}!} other {Hi!}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'Maligayang pagdating po sa aming bangko',
        body: `{greeting}

Maraming salamat po sa inyong pagtitiwala. Handa na po ang inyong profile, at makikipag-ugnayan kami sa inyo sa wika at sa mga oras na inyong pinili.

Maaari po ninyong baguhin kung paano at kailan kami makikipag-ugnayan sa inyo anumang oras sa app o sa alinmang sangay.

${signature}`,
      },
      informal: {
        subject: 'Welcome!',
        body: `{greeting}

Masaya kaming kasama ka namin! Handa na ang profile mo — magme-message kami sa wika mo at sa mga oras lang na pinili mo.

Puwede mo itong baguhin kahit kailan sa app.

Ang iyong banking team`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'Paalala: ang hulog na {amount} ay dapat bayaran sa {dueDate}',
        body: `{greeting}

Nais po naming ipaalala na ang hulog ng inyong loan na nagkakahalaga ng {amount} ay dapat bayaran sa {dueDate} ({daysUntilDue, plural, =0 {ngayong araw} =1 {bukas} other {sa loob ng # araw}}). Kung nakapagbayad na po kayo, maaari po ninyong balewalain ang mensaheng ito.

Kung nahihirapan po kayong magbayad, mangyaring makipag-ugnayan sa amin upang mapag-usapan natin ang mga opsyong makatutulong sa inyo.

${signature}`,
      },
      informal: {
        subject:
          'Paalala: {amount} ang due {daysUntilDue, plural, =0 {ngayon} =1 {bukas} other {sa loob ng # araw}}',
        body: `{greeting}

Paalala lang: ang hulog mo sa loan na {amount} ay due sa {dueDate}. Nakabayad ka na? Okay ka na, wala ka nang kailangang gawin.

Kung medyo gipit ka ngayon, mag-message ka lang sa amin — tutulungan ka naming makahanap ng paraan.

Ang iyong banking team`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'Hindi pa po namin natatanggap ang inyong bayad na {amount}',
        body: `{greeting}

Hindi pa po namin natatanggap ang hulog ng inyong loan na {amount}, na dapat bayaran noong {dueDate} ({daysPastDue} araw na ang nakalipas). Mangyaring magbayad po sa lalong madaling panahon.

Kung dumaranas po kayo ng kahirapang pinansyal, makipag-ugnayan po kayo sa amin. Pakikinggan namin kayo at titingnan natin nang magkasama ang mga opsyong maaari ninyong gamitin, gaya ng kasunduan sa pagbabayad.

${signature}`,
      },
      informal: {
        subject: 'Hindi pa namin natatanggap ang bayad mo na {amount}',
        body: `{greeting}

Due noong {dueDate} ang hulog mo na {amount}, pero hindi pa namin ito natatanggap ({daysPastDue} araw nang late). Pakibayaran mo sana agad.

Kung nahihirapan ka ngayon, sabihin mo lang sa amin — nandito kami para tulungan kang makahanap ng solusyon.

Ang iyong banking team`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'Kumpirmasyon ng inyong kasunduan sa pagbabayad',
        body: `{greeting}

Kinukumpirma po namin ang kasunduang napagkasunduan natin: ${hardshipOption('inyong')}, mula {startsOn} hanggang {endsOn}. Habang ito ay umiiral, hindi po kami makikipag-ugnayan sa inyo tungkol sa paniningil ng mga hindi nabayarang hulog.

Magpapadala po kami ng abiso bago matapos ang kasunduan. Kung magbago ang inyong kalagayan, ipaalam po lamang sa amin anumang oras.

${signature}`,
      },
      informal: {
        subject: 'Naka-set na ang kasunduan mo sa pagbabayad',
        body: `{greeting}

Ayos na: naka-set na ang ${hardshipOption('iyong')} mula {startsOn} hanggang {endsOn}. Habang tumatakbo ito, hindi ka namin sisingilin sa mga late na hulog.

Magme-message kami bago ito matapos. Kung may magbago sa sitwasyon mo, sabihan mo lang kami.

Ang iyong banking team`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'Natapos na po ang inyong kasunduan sa pagbabayad',
        body: `{greeting}

Natapos na po ang inyong kasunduan sa pagbabayad, at babalik na sa karaniwan ang inyong mga hulog ayon sa inyong kontrata ng loan.

Kung nahihirapan pa rin po kayong magbayad, makipag-ugnayan po kayo sa amin bago ang susunod na takdang petsa. Narito po kami para tumulong.

${signature}`,
      },
      informal: {
        subject: 'Tapos na ang kasunduan mo sa pagbabayad',
        body: `{greeting}

Tapos na ang kasunduan mo sa pagbabayad, kaya babalik na sa dati ang mga hulog mo ayon sa kontrata mo.

Hirap pa rin? Mag-message ka bago ang susunod mong due date at titingnan natin kung ano ang puwedeng gawin.

Ang iyong banking team`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'Natanggap na po namin ang inyong reklamo ({complaintReference})',
        body: `{greeting}

Salamat po sa pagpapaalam sa amin ng inyong alalahanin. Naitala na po ang inyong reklamo sa reference number na {complaintReference}, at sinusuri na ito ng isa sa aming mga kawani.

Ipapadala po namin ang aming pinal na tugon nang hindi lalampas sa {finalResponseBy}. Kung may nais po kayong idagdag, pakibanggit lamang ang inyong reference number.

${signature}`,
      },
      informal: {
        subject: 'Natanggap na namin ang reklamo mo ({complaintReference})',
        body: `{greeting}

Salamat sa pagsabi sa amin kung ano ang nangyari. Naitala na ang reklamo mo sa reference number na {complaintReference}, at may tumitingin na rito.

Makakatanggap ka ng sagot namin hanggang {finalResponseBy}. May gusto kang idagdag? Banggitin mo lang ang reference number mo.

Ang iyong banking team`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'Ang aming pinal na tugon sa inyong reklamo ({complaintReference})',
        body: `{greeting}

Natapos na po namin ang pagsusuri sa inyong reklamo {complaintReference}. {outcome, select,
  upheld {Napatunayan po naming may batayan ang inyong reklamo: inaamin naming nagkamali kami, at taos-puso kaming humihingi ng paumanhin.}
  partially_upheld {Napatunayan po naming may bahagyang batayan ang inyong reklamo: sang-ayon kami sa ilan sa inyong mga punto, at humihingi kami ng paumanhin para sa mga iyon.}
  not_upheld {Matapos ang maingat na pagsusuri, naniniwala po kaming tama ang aming naging aksyon, kaya hindi namin tinanggap ang reklamo.}
  other {Nakapagpasya na po kami tungkol sa inyong reklamo.}} Makikita po ninyo ang detalyadong paliwanag at ang mga susunod na hakbang sa inbox ng inyong online banking.

Ito po ang aming pinal na tugon. Kung hindi po kayo nasisiyahan, maaari ninyong idulog nang libre ang inyong reklamo sa financial ombudsman o sa kinauukulang regulator. May takdang panahon ito, karaniwang anim na buwan mula sa petsa ng tugong ito.

${signature}`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'Ang inyong karapatang idulog ang reklamo ({complaintReference})',
        body: `{greeting}

Kung hindi po kayo nasisiyahan sa paraan ng aming paghawak sa inyong reklamo {complaintReference}, may karapatan po kayong idulog ito sa independiyenteng financial ombudsman o sa kinauukulang financial regulator. Libre po ang serbisyong ito.

Pakitandaan po na may takdang panahon: karaniwang kailangang idulog ito sa loob ng anim na buwan mula sa aming pinal na tugon. Hindi po nito naaapektuhan ang iba pa ninyong karapatan sa ilalim ng batas.

Kung kailangan po ninyo ng tulong, makipag-ugnayan po sa amin at banggitin ang inyong reference number.

${signature}`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'Update sa inyong reklamo ({complaintReference})',
        body: `{greeting}

Paumanhin po, kailangan pa namin ng karagdagang panahon upang matapos ang pagsusuri sa inyong reklamo {complaintReference}. Ipapadala po namin ang aming pinal na tugon nang hindi lalampas sa {newDeadline}.

Kung ayaw na po ninyong maghintay, maaaring may karapatan na po kayong idulog ang inyong reklamo sa financial ombudsman o sa kinauukulang regulator.

${signature}`,
      },
      informal: {
        subject: 'Update sa reklamo mo ({complaintReference})',
        body: `{greeting}

Pasensya na — kailangan pa namin ng kaunting panahon para matapos suriin ang reklamo mo {complaintReference}. Makukuha mo ang pinal naming sagot hanggang {newDeadline}.

Kung ayaw mo nang maghintay, baka puwede mo na itong idulog sa financial ombudsman o sa regulator.

Ang iyong banking team`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'Nais po naming malaman ang inyong opinyon',
        body: `{greeting}

Nais po naming malaman ang inyong karanasan kamakailan sa aming bangko. Mga dalawang minuto lamang po ang survey at bukas ito hanggang {expiresAt}.

Reference ng survey: {surveyId}

Maraming salamat po sa pagtulong sa aming mapabuti ang aming serbisyo.

${signature}`,
      },
      informal: {
        subject: 'May dalawang minuto ka ba?',
        body: `{greeting}

Kumusta ang naging karanasan mo sa amin? Mga dalawang minuto lang ang survey at bukas ito hanggang {expiresAt}.

Reference ng survey: {surveyId}

Salamat sa pagtulong sa aming gumaling pa!

Ang iyong banking team`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'Kailangang i-follow-up: kliyente {customerId}',
        body: `Ang follow-up sa kliyente {customerId} ay dapat gawin bago ang {dueAt}.
Dahilan: {reason}

Makipag-ugnayan sa kliyente sa kanyang gustong channel at itala ang resulta sa interaction log.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject:
          '{severity, select, high {Agaran: panganib} other {Panganib}} sa relasyon sa kliyente {customerId}',
        body: `Ang antas ng panganib sa relasyon sa kliyente {customerId} ay {severity, select, high {mataas} medium {katamtaman} low {mababa} none {wala} other {{severity}}} na ngayon.
Mga senyales: {reasons}

Suriin ang relasyon, makipag-ugnayan sa kliyente kung kinakailangan, at itala ang iyong desisyon sa interaction log.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

${festivalWish}! Sa okasyong ito, hangad po ng buong bangko para sa inyo at sa inyong mga mahal sa buhay ang mabuting kalusugan, kaligayahan, at kapayapaan.

${signature}`,
      },
      informal: {
        subject: `${festivalWish}!`,
        body: `{greeting}

${festivalWish}! Sana masaya at malusog ang pagdiriwang ninyo ng pamilya mo.

Ang iyong banking team`,
      },
    },
  },
};
