import type { LocaleTexts } from '../template-text';

// Formal: "Quý khách" (the bank's customary respectful address); informal: "bạn".

const festivalWish = `{festival, select,
  lunar_new_year {Chúc mừng năm mới — An khang thịnh vượng}
  mid_autumn {Chúc mừng Tết Trung thu}
  eid_al_fitr {Chúc mừng lễ Eid al-Fitr}
  eid_al_adha {Chúc mừng lễ Eid al-Adha}
  diwali {Chúc mừng lễ hội Diwali}
  christmas {Chúc mừng Giáng sinh}
  hanukkah {Chúc mừng lễ Hanukkah}
  nowruz {Chúc mừng năm mới Nowruz}
  vesak {Chúc mừng Đại lễ Phật đản}
  other {Chúc mừng ngày lễ}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {tạm hoãn trả góp}
  INTEREST_PAUSE {tạm ngừng tính lãi}
  GRACE_ON_PRINCIPAL {ân hạn nợ gốc (chỉ trả lãi trong thời gian này)}
  EXTEND_REPAYMENT_PERIOD {gia hạn thời gian trả nợ}
  RE_AGE {điều chỉnh lại tình trạng quá hạn của khoản vay}
  other {thỏa thuận trả nợ}}`;

const signature = `Trân trọng,
Đội ngũ chăm sóc khách hàng`;

export const vi: LocaleTexts = {
  locale: 'vi',
  greeting: {
    formal:
      '{named, select, yes {{honorific, select, yes {Kính gửi {name},} other {Kính gửi Quý khách {name},}}} other {Kính gửi Quý khách,}}',
    informal: '{named, select, yes {Chào {name},} other {Chào bạn,}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'Chào mừng Quý khách đến với ngân hàng',
        body: `{greeting}

Cảm ơn Quý khách đã tin tưởng lựa chọn chúng tôi. Hồ sơ của Quý khách đã được thiết lập; chúng tôi sẽ liên hệ với Quý khách bằng ngôn ngữ và vào khung giờ Quý khách đã chọn.

Quý khách có thể thay đổi cách thức và thời gian liên hệ bất cứ lúc nào trên ứng dụng hoặc tại bất kỳ chi nhánh nào.

${signature}`,
      },
      informal: {
        subject: 'Chào mừng bạn!',
        body: `{greeting}

Rất vui được đồng hành cùng bạn! Hồ sơ của bạn đã sẵn sàng — chúng mình sẽ nhắn cho bạn bằng ngôn ngữ của bạn và chỉ vào những giờ bạn đã chọn.

Bạn có thể đổi cài đặt bất cứ lúc nào trong ứng dụng nhé.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'Nhắc lịch thanh toán: khoản {amount} đến hạn ngày {dueDate}',
        body: `{greeting}

Ngân hàng xin trân trọng nhắc Quý khách: khoản thanh toán {amount} cho khoản vay của Quý khách sẽ đến hạn vào ngày {dueDate} ({daysUntilDue, plural, =0 {hôm nay} =1 {ngày mai} other {còn # ngày}}). Nếu Quý khách đã thanh toán, xin vui lòng bỏ qua thông báo này.

Nếu Quý khách gặp khó khăn trong việc thanh toán, xin vui lòng liên hệ với chúng tôi để cùng trao đổi các phương án hỗ trợ phù hợp.

${signature}`,
      },
      informal: {
        subject:
          'Nhắc nhẹ: khoản {amount} đến hạn {daysUntilDue, plural, =0 {hôm nay} =1 {ngày mai} other {sau # ngày}}',
        body: `{greeting}

Nhắc bạn một chút: khoản trả góp {amount} sẽ đến hạn vào ngày {dueDate}. Bạn đã thanh toán rồi thì không cần làm gì thêm đâu.

Nếu dạo này tài chính hơi eo hẹp, cứ nhắn cho chúng mình — mình sẽ cùng tìm cách.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'Chúng tôi chưa nhận được khoản thanh toán {amount}',
        body: `{greeting}

Đến nay chúng tôi chưa nhận được khoản thanh toán {amount} cho khoản vay của Quý khách, đến hạn ngày {dueDate} (đã quá hạn {daysPastDue} ngày). Kính mong Quý khách thanh toán trong thời gian sớm nhất.

Nếu Quý khách đang gặp khó khăn về tài chính, xin vui lòng liên hệ với chúng tôi. Chúng tôi sẽ lắng nghe và cùng Quý khách xem xét các phương án phù hợp, chẳng hạn như một thỏa thuận trả nợ.

${signature}`,
      },
      informal: {
        subject: 'Chúng mình chưa nhận được khoản {amount} của bạn',
        body: `{greeting}

Khoản trả góp {amount} đến hạn ngày {dueDate} nhưng chúng mình vẫn chưa nhận được (đã trễ {daysPastDue} ngày). Bạn thanh toán sớm giúp mình nhé.

Nếu bạn đang gặp khó khăn, hãy nói với chúng mình — mình luôn sẵn sàng cùng bạn tìm giải pháp.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'Xác nhận thỏa thuận trả nợ của Quý khách',
        body: `{greeting}

Chúng tôi xin xác nhận thỏa thuận đã thống nhất với Quý khách: ${hardshipOption}, từ ngày {startsOn} đến ngày {endsOn}. Trong thời gian này, chúng tôi sẽ không liên hệ với Quý khách để thu các khoản quá hạn.

Chúng tôi sẽ thông báo lại trước khi thỏa thuận kết thúc. Nếu hoàn cảnh của Quý khách thay đổi, xin vui lòng cho chúng tôi biết bất cứ lúc nào.

${signature}`,
      },
      informal: {
        subject: 'Thỏa thuận trả nợ của bạn đã có hiệu lực',
        body: `{greeting}

Xong rồi nhé: chúng mình đã áp dụng ${hardshipOption} cho bạn, từ ngày {startsOn} đến ngày {endsOn}. Trong thời gian này, mình sẽ không nhắc bạn về các khoản quá hạn.

Trước khi kết thúc, mình sẽ liên hệ lại. Nếu có gì thay đổi, cứ báo chúng mình nhé.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'Thỏa thuận trả nợ của Quý khách đã kết thúc',
        body: `{greeting}

Thỏa thuận trả nợ của Quý khách đã kết thúc; các kỳ thanh toán thông thường sẽ tiếp tục theo hợp đồng vay.

Nếu Quý khách vẫn gặp khó khăn trong việc thanh toán, xin vui lòng liên hệ với chúng tôi trước ngày đến hạn tiếp theo. Chúng tôi luôn sẵn sàng hỗ trợ Quý khách.

${signature}`,
      },
      informal: {
        subject: 'Thỏa thuận trả nợ của bạn đã kết thúc',
        body: `{greeting}

Thỏa thuận trả nợ của bạn đã kết thúc, các kỳ trả góp sẽ trở lại như trong hợp đồng vay.

Nếu vẫn còn khó khăn, bạn nhắn cho chúng mình trước ngày đến hạn tới nhé, mình sẽ cùng xem cách giúp bạn.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'Chúng tôi đã nhận được khiếu nại của Quý khách ({complaintReference})',
        body: `{greeting}

Cảm ơn Quý khách đã phản ánh với chúng tôi. Khiếu nại của Quý khách đã được ghi nhận với mã số {complaintReference} và đang được nhân viên của chúng tôi xem xét.

Chúng tôi sẽ gửi phản hồi cuối cùng chậm nhất vào ngày {finalResponseBy}. Nếu Quý khách muốn bổ sung thông tin, xin vui lòng ghi rõ mã số khiếu nại.

${signature}`,
      },
      informal: {
        subject: 'Chúng mình đã nhận được khiếu nại của bạn ({complaintReference})',
        body: `{greeting}

Cảm ơn bạn đã cho chúng mình biết vấn đề. Khiếu nại của bạn đã được ghi nhận với mã số {complaintReference} và đang có người xử lý.

Bạn sẽ nhận được phản hồi chậm nhất vào ngày {finalResponseBy}. Muốn bổ sung gì, bạn chỉ cần ghi mã số nhé.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'Phản hồi cuối cùng về khiếu nại của Quý khách ({complaintReference})',
        body: `{greeting}

Chúng tôi đã hoàn tất việc xem xét khiếu nại {complaintReference} của Quý khách. {outcome, select,
  upheld {Khiếu nại của Quý khách là có cơ sở: chúng tôi thừa nhận sai sót của mình và chân thành xin lỗi Quý khách.}
  partially_upheld {Khiếu nại của Quý khách có cơ sở một phần: chúng tôi đồng ý với một số điểm Quý khách nêu ra và chân thành xin lỗi về những điểm đó.}
  not_upheld {Sau khi xem xét kỹ lưỡng, chúng tôi cho rằng mình đã xử lý đúng quy định, vì vậy khiếu nại không được chấp nhận.}
  other {Chúng tôi đã có quyết định về khiếu nại của Quý khách.}} Lý do chi tiết và các bước tiếp theo có trong hộp thư của dịch vụ ngân hàng trực tuyến.

Đây là phản hồi cuối cùng của chúng tôi. Nếu chưa hài lòng, Quý khách có thể gửi khiếu nại miễn phí đến cơ quan giải quyết tranh chấp tài chính hoặc cơ quan quản lý có thẩm quyền. Việc này có thời hạn, thông thường là sáu tháng kể từ ngày phản hồi này.

${signature}`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'Quyền khiếu nại lên cơ quan bên ngoài ({complaintReference})',
        body: `{greeting}

Nếu Quý khách chưa hài lòng với cách chúng tôi giải quyết khiếu nại {complaintReference}, Quý khách có quyền gửi khiếu nại đến cơ quan giải quyết tranh chấp tài chính độc lập hoặc cơ quan quản lý tài chính có thẩm quyền. Dịch vụ này miễn phí.

Xin lưu ý thời hạn: thông thường Quý khách cần gửi trong vòng sáu tháng kể từ ngày nhận phản hồi cuối cùng của chúng tôi. Việc này không ảnh hưởng đến các quyền hợp pháp khác của Quý khách.

Nếu cần hỗ trợ, xin vui lòng liên hệ với chúng tôi và ghi rõ mã số khiếu nại.

${signature}`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'Cập nhật về khiếu nại của Quý khách ({complaintReference})',
        body: `{greeting}

Chúng tôi rất tiếc phải thông báo rằng cần thêm thời gian để hoàn tất việc xem xét khiếu nại {complaintReference} của Quý khách. Chúng tôi sẽ gửi phản hồi cuối cùng chậm nhất vào ngày {newDeadline}.

Nếu không muốn chờ đợi, Quý khách có thể đã có quyền gửi khiếu nại đến cơ quan giải quyết tranh chấp tài chính hoặc cơ quan quản lý có thẩm quyền.

${signature}`,
      },
      informal: {
        subject: 'Cập nhật về khiếu nại của bạn ({complaintReference})',
        body: `{greeting}

Xin lỗi bạn, chúng mình cần thêm chút thời gian để xem xét xong khiếu nại {complaintReference}. Bạn sẽ nhận được phản hồi cuối cùng chậm nhất vào ngày {newDeadline}.

Nếu không muốn chờ, có thể bạn đã gửi được khiếu nại đến cơ quan giải quyết tranh chấp tài chính hoặc cơ quan quản lý rồi đấy.

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'Mời Quý khách đánh giá dịch vụ',
        body: `{greeting}

Chúng tôi rất mong nhận được ý kiến của Quý khách về trải nghiệm gần đây với ngân hàng. Khảo sát chỉ mất khoảng hai phút và mở đến {expiresAt}.

Mã khảo sát: {surveyId}

Xin cảm ơn Quý khách đã giúp chúng tôi phục vụ tốt hơn.

${signature}`,
      },
      informal: {
        subject: 'Bạn có hai phút không?',
        body: `{greeting}

Bạn thấy chúng mình phục vụ thế nào? Khảo sát chỉ mất khoảng hai phút và mở đến {expiresAt}.

Mã khảo sát: {surveyId}

Cảm ơn bạn đã giúp chúng mình tốt hơn!

Đội ngũ chăm sóc khách hàng`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'Cần theo dõi: khách hàng {customerId}',
        body: `Việc theo dõi khách hàng {customerId} cần hoàn thành trước {dueAt}.
Lý do: {reason}

Vui lòng liên hệ khách hàng qua kênh họ ưu tiên và ghi kết quả vào nhật ký tương tác.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject: '{severity, select, high {Khẩn: rủi ro} other {Rủi ro}} quan hệ với khách hàng {customerId}',
        body: `Mức rủi ro quan hệ với khách hàng {customerId} hiện là {severity, select, high {cao} medium {trung bình} low {thấp} none {không có} other {{severity}}}.
Dấu hiệu: {reasons}

Vui lòng xem xét mối quan hệ, liên hệ khách hàng nếu cần và ghi quyết định của bạn vào nhật ký tương tác.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

${festivalWish}!
Nhân dịp này, toàn thể cán bộ nhân viên ngân hàng kính chúc Quý khách và gia đình sức khỏe, hạnh phúc và bình an.

${signature}`,
      },
      informal: {
        subject: `${festivalWish}!`,
        body: `{greeting}

${festivalWish}! Chúc bạn và gia đình thật nhiều niềm vui và sức khỏe.

Đội ngũ chăm sóc khách hàng`,
      },
    },
  },
};
