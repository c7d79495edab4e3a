import type { LocaleTexts } from '../template-text';

// Brazilian banks address customers as "você" in both registers; the formal text differs in tone and
// closing, and never uses "o senhor / a senhora", which would presume the reader's gender.

const festivalName = `{festival, select,
  lunar_new_year {do Ano-Novo Lunar}
  mid_autumn {do Festival do Meio do Outono}
  eid_al_fitr {do Eid al-Fitr}
  eid_al_adha {do Eid al-Adha}
  diwali {do Diwali}
  christmas {do Natal}
  hanukkah {do Hanukkah}
  nowruz {do Nowruz}
  vesak {do Vesak}
  other {destas festas}}`;

const festivalWish = `{festival, select,
  lunar_new_year {Feliz Ano-Novo Lunar}
  mid_autumn {Feliz Festival do Meio do Outono}
  eid_al_fitr {Eid Mubarak}
  eid_al_adha {Eid Mubarak}
  diwali {Feliz Diwali}
  christmas {Feliz Natal}
  hanukkah {Feliz Hanukkah}
  nowruz {Feliz Nowruz}
  vesak {Feliz Vesak}
  other {Boas festas}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {uma pausa no pagamento das parcelas}
  INTEREST_PAUSE {uma suspensão temporária dos juros}
  GRACE_ON_PRINCIPAL {uma carência do principal (somente juros no período)}
  EXTEND_REPAYMENT_PERIOD {um prazo maior para pagar o empréstimo}
  RE_AGE {a regularização da sua conta}
  other {um acordo de pagamento}}`;

const signature = `Atenciosamente,
Sua equipe do banco`;

export const ptBR: LocaleTexts = {
  locale: 'pt-BR',
  greeting: {
    formal: '{named, select, yes {Olá, {name}.} other {Prezado(a) cliente,}}',
    informal: '{named, select, yes {Oi, {name}!} other {Oi!}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'Boas-vindas ao banco',
        body: `{greeting}

Agradecemos a sua confiança. Seu cadastro está concluído, e vamos entrar em contato no idioma e nos horários que você escolheu.

Você pode alterar a forma e os horários de contato a qualquer momento pelo aplicativo ou em qualquer agência.

${signature}`,
      },
      informal: {
        subject: 'Que bom ter você aqui!',
        body: `{greeting}

Que bom ter você com a gente! Seu perfil já está pronto: vamos falar com você no seu idioma e só nos horários que você escolheu.

Quer mudar alguma coisa? É só ir no app quando quiser.

Até logo,
Sua equipe do banco`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'Lembrete: a parcela de {amount} vence em {dueDate}',
        body: `{greeting}

Lembramos que a parcela do seu empréstimo, no valor de {amount}, vence em {dueDate} ({daysUntilDue, plural, =0 {hoje} =1 {amanhã} other {daqui a # dias}}). Se você já fez o pagamento, por favor desconsidere esta mensagem.

Se estiver com dificuldade para pagar, entre em contato conosco: podemos avaliar juntos as opções que podem ajudar.

${signature}`,
      },
      informal: {
        subject: 'Lembrete: {amount} vence {daysUntilDue, plural, =0 {hoje} =1 {amanhã} other {em # dias}}',
        body: `{greeting}

Passando para lembrar: a parcela do seu empréstimo, de {amount}, vence em {dueDate}. Já pagou? Então está tudo certo.

Se o dinheiro estiver curto agora, fala com a gente: a gente ajuda a encontrar uma saída.

Sua equipe do banco`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'Não recebemos o pagamento de {amount}',
        body: `{greeting}

Não identificamos o pagamento da parcela do seu empréstimo, no valor de {amount}, com vencimento em {dueDate} ({daysPastDue, plural, one {há # dia} other {há # dias}}). Pedimos que você faça o pagamento o quanto antes.

Se você estiver passando por dificuldades financeiras, entre em contato conosco. Vamos ouvir você e analisar as opções disponíveis, como um acordo de pagamento.

${signature}`,
      },
      informal: {
        subject: 'Ainda não recebemos seu pagamento de {amount}',
        body: `{greeting}

A parcela do seu empréstimo, de {amount}, venceu em {dueDate} e ainda não recebemos o pagamento ({daysPastDue, plural, one {# dia de atraso} other {# dias de atraso}}). Pague assim que puder, tá?

Se as coisas estiverem difíceis agora, conta pra gente: estamos aqui para achar uma solução com você.

Sua equipe do banco`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'Confirmação do seu acordo de pagamento',
        body: `{greeting}

Confirmamos o acordo feito com você: ${hardshipOption}, de {startsOn} a {endsOn}. Enquanto ele estiver em vigor, não entraremos em contato para cobrar parcelas em atraso.

Antes do fim do acordo, voltaremos a falar com você. Se a sua situação mudar, avise-nos a qualquer momento.

${signature}`,
      },
      informal: {
        subject: 'Seu acordo de pagamento já está valendo',
        body: `{greeting}

Tudo certo: ativamos ${hardshipOption}, de {startsOn} a {endsOn}. Nesse período, não vamos cobrar você pelas parcelas em atraso.

A gente avisa antes de acabar. Se algo mudar, é só falar.

Sua equipe do banco`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'Seu acordo de pagamento foi encerrado',
        body: `{greeting}

Seu acordo de pagamento chegou ao fim, e as parcelas voltam ao normal, conforme o seu contrato de empréstimo.

Se ainda estiver com dificuldade para pagar, entre em contato conosco antes do próximo vencimento. Estamos aqui para ajudar.

${signature}`,
      },
      informal: {
        subject: 'Seu acordo de pagamento terminou',
        body: `{greeting}

Seu acordo de pagamento terminou, então as parcelas voltam a ser como no seu contrato.

Ainda está apertado? Fala com a gente antes do próximo vencimento e vemos o que dá para fazer.

Sua equipe do banco`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'Recebemos sua reclamação ({complaintReference})',
        body: `{greeting}

Agradecemos por nos informar sobre o ocorrido. Sua reclamação foi registrada com o protocolo {complaintReference}, e um membro da nossa equipe já está analisando o caso.

Enviaremos nossa resposta final até {finalResponseBy}. Se quiser acrescentar alguma informação, informe o número do protocolo.

${signature}`,
      },
      informal: {
        subject: 'Recebemos sua reclamação ({complaintReference})',
        body: `{greeting}

Valeu por contar pra gente o que aconteceu. Sua reclamação está registrada com o protocolo {complaintReference}, e alguém da equipe já está vendo o caso.

Você recebe nossa resposta até {finalResponseBy}. Quer acrescentar algo? É só informar o protocolo.

Sua equipe do banco`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'Resposta final à sua reclamação ({complaintReference})',
        body: `{greeting}

Concluímos a análise da sua reclamação {complaintReference}. {outcome, select,
  upheld {Consideramos sua reclamação procedente: reconhecemos o nosso erro e pedimos desculpas.}
  partially_upheld {Consideramos sua reclamação parcialmente procedente: você tem razão em parte dos pontos apresentados, e pedimos desculpas por eles.}
  not_upheld {Após uma análise cuidadosa, consideramos que agimos corretamente e, por isso, a reclamação foi considerada improcedente.}
  other {Tomamos uma decisão sobre a sua reclamação.}} Os motivos detalhados e as próximas etapas estão na caixa de mensagens do seu internet banking.

Esta é a nossa resposta final. Se não estiver satisfeito(a), você pode levar sua reclamação gratuitamente à ouvidoria do banco, ao órgão de defesa do consumidor ou ao órgão regulador competente. Há prazos para isso, em geral de seis meses a partir desta resposta.

${signature}`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'Seu direito de recorrer sobre a reclamação ({complaintReference})',
        body: `{greeting}

Se você não estiver satisfeito(a) com a forma como tratamos a sua reclamação {complaintReference}, você tem o direito de levá-la à ouvidoria independente ou ao órgão regulador financeiro competente. Esse serviço é gratuito.

Atenção aos prazos: em geral, o pedido deve ser feito em até seis meses a partir da nossa resposta final. Isso não afeta os seus demais direitos legais.

Se precisar de ajuda, entre em contato conosco e informe o número do protocolo.

${signature}`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'Atualização sobre sua reclamação ({complaintReference})',
        body: `{greeting}

Lamentamos, mas precisamos de mais tempo para concluir a análise da sua reclamação {complaintReference}. Enviaremos nossa resposta final até {newDeadline}.

Se não quiser esperar, você já pode ter o direito de levar sua reclamação à ouvidoria ou ao órgão regulador competente.

${signature}`,
      },
      informal: {
        subject: 'Novidades sobre sua reclamação ({complaintReference})',
        body: `{greeting}

Desculpe: precisamos de um pouco mais de tempo para terminar de analisar sua reclamação {complaintReference}. Você recebe nossa resposta final até {newDeadline}.

Se preferir não esperar, talvez você já possa levar o caso à ouvidoria ou ao órgão regulador.

Sua equipe do banco`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: 'Como foi a sua experiência?',
        body: `{greeting}

Gostaríamos de saber a sua opinião sobre o seu atendimento recente. A pesquisa leva cerca de dois minutos e fica disponível até {expiresAt}.

Código da pesquisa: {surveyId}

Obrigado por nos ajudar a melhorar.

${signature}`,
      },
      informal: {
        subject: 'Tem dois minutinhos?',
        body: `{greeting}

Conta pra gente como foi! A pesquisa leva uns dois minutos e fica aberta até {expiresAt}.

Código da pesquisa: {surveyId}

Valeu por ajudar a gente a melhorar!

Sua equipe do banco`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'Acompanhamento pendente: cliente {customerId}',
        body: `O acompanhamento do cliente {customerId} vence em {dueAt}.
Motivo: {reason}

Entre em contato com o cliente pelo canal de preferência dele e registre o resultado no histórico de interações.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject:
          '{severity, select, high {Urgente: risco} other {Risco}} no relacionamento com o cliente {customerId}',
        body: `O risco no relacionamento com o cliente {customerId} agora é {severity, select, high {alto} medium {médio} low {baixo} none {nenhum} other {{severity}}}.
Sinais: {reasons}

Revise o relacionamento, entre em contato com o cliente se for o caso e registre sua decisão no histórico de interações.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

Por ocasião ${festivalName}, toda a equipe do banco deseja a você e à sua família saúde, alegria e paz.

Um abraço,
Sua equipe do banco`,
      },
      informal: {
        subject: `${festivalWish}!`,
        body: `{greeting}

${festivalWish}! Que você e quem você ama tenham uma celebração cheia de alegria e saúde.

Um abraço,
Sua equipe do banco`,
      },
    },
  },
};
