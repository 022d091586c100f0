"""Phrase rules in Portuguese, Turkish and Vietnamese, round thirteen: page furniture that the earlier
tables missed (live-blog controls, related-links headings, image-gallery controls, login forms, tip and
correction prompts, offer lines, reply and moderation states of comment boxes, sign-up form states,
AI-summary and listen-player controls), and article sentences with the same words (run by
``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- Portuguese
    (SC, "Pular diretamente para o conteúdo principal", "site_chrome.pt.skip-link"),
    (SC, "Ir ao menu principal", "site_chrome.pt.skip-link"),
    (SC, "Copiar link da reportagem", "site_chrome.pt.tools"),
    (SC, "Link copiado para a área de transferência", "site_chrome.pt.tools"),
    (SC, "Escute a reportagem em áudio", "site_chrome.pt.tools"),
    (SC, "Ouvir artigo (6 min)", "site_chrome.pt.tools"),
    (SC, "Ouça a versão em áudio desta notícia", "site_chrome.pt.tools"),
    (SC, "Velocidade 2x", "site_chrome.pt.tools"),
    (
        SC,
        "Síntese elaborada com ajuda de inteligência artificial e revista por jornalistas",
        "site_chrome.pt.ai-summary",
    ),
    (SC, "Leitura gerada por IA", "site_chrome.pt.ai-summary"),
    (SC, "Gerar resumo da reportagem", "site_chrome.pt.ai-summary"),
    (SC, "Publicado em 03/02/2026 às 09h10 - Atualizado há 35 minutos", "site_chrome.pt.post-date"),
    (
        SC,
        "Houve um erro ao processar o seu pedido. Tente novamente mais tarde",
        "site_chrome.pt.form-message",
    ),
    (SC, "Assista ao vídeo no canal do Jornal Nacional no Globoplay", "site_chrome.pt.media-promo"),
    (SC, "Veja a reportagem completa", "site_chrome.pt.media-promo"),
    (SC, "Pode partilhar 10 artigos por mês com amigos", "site_chrome.pt.gift"),
    (SC, "Envie sua denúncia para a redação", "site_chrome.pt.send-tip"),
    (SC, "Você tem uma dica de pauta? Escreva para nós", "site_chrome.pt.send-tip"),
    (SC, "Comunicar uma gralha neste artigo", "site_chrome.pt.send-tip"),
    (SC, "Recarregar página", "site_chrome.pt.live-blog"),
    (SC, "Acompanhe em tempo real", "site_chrome.pt.live-blog"),
    (SC, "Mostrar 5 novos posts", "site_chrome.pt.live-blog"),
    (SC, "Publicação fixada", "site_chrome.pt.live-blog"),
    (SC, "Confira também", "site_chrome.pt.related"),
    (SC, "Notícias recomendadas", "site_chrome.pt.related"),
    (SC, "Os mais partilhados do dia", "site_chrome.pt.related"),
    (SC, "Isto também pode interessar", "site_chrome.pt.related"),
    (SC, "Recomendados para você", "site_chrome.pt.related"),
    (SC, "Imagem 7/20", "site_chrome.pt.gallery"),
    (SC, "Abrir foto", "site_chrome.pt.gallery"),
    (SC, "Veja todas as fotos", "site_chrome.pt.gallery"),
    (SC, "Modo de leitura", "site_chrome.pt.reader-tools"),
    (SC, "Ler a edição do dia", "site_chrome.pt.reader-tools"),
    (SO, "Marque o Correio como fonte preferencial do Google", "social.pt.google-source"),
    (CM, "Mostrar comentários (48)", "comments.pt.count-states"),
    (CM, "Carregar 12 respostas", "comments.pt.count-states"),
    (CM, "Excluir comentário", "comments.pt.count-states"),
    (CM, "Comentar a notícia", "comments.pt.count-states"),
    (CM, "Dê a sua opinião", "comments.pt.count-states"),
    (CM, "O seu comentário será publicado após moderação", "comments.pt.count-states"),
    (
        NL,
        "Ative os alertas do Público para receber as notícias mais importantes",
        "newsletter.pt.receive-label",
    ),
    (NL, "Toque aqui e receba as principais notícias do dia no Telegram", "newsletter.pt.receive-label"),
    (NL, "Cadastro realizado! Confira sua caixa de entrada", "newsletter.pt.form-state"),
    (NL, "Confirme o seu endereço de e-mail para concluir a subscrição", "newsletter.pt.form-state"),
    (NL, "Esse e-mail já foi registado", "newsletter.pt.form-state"),
    (PW, "Plano premium anual por 99 € no primeiro mês", "paywall.pt.offer-line"),
    (PW, "Por apenas 1,99 € por semana", "paywall.pt.offer-line"),
    (PW, "Experimente de graça durante 7 dias", "paywall"),
    (PW, "Conheça nossos planos", "paywall.pt.offer-line"),
    (PW, "Não é assinante? Clique aqui", "paywall.pt.offer-line"),
    (PW, "Inicie sessão com a sua conta Google", "paywall.pt.login-form"),
    (PW, "Recuperar palavra-passe", "paywall.pt.login-form"),
    (PW, "Manter-me conectado", "paywall.pt.login-form"),
    (
        AD,
        "Podemos ser remunerados se você comprar por meio dos links desta página",
        "advertisement.pt.affiliate",
    ),
    (AD, "Este post contém links de afiliados", "advertisement"),
    (AD, "Links de afiliado:", "advertisement.pt.affiliate"),
    (PU, "Folhapress", "publisher.pt.agency"),
    (PU, "Agência O Globo", "publisher.pt.agency"),
    (PU, "Pela redação", "publisher.pt.agency"),
    (PU, "Reprodução total ou parcial proibida", "publisher.pt.rights"),
    (PU, "É proibida a republicação deste conteúdo sem autorização prévia", "publisher.pt.rights"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (language, article sentence that uses the rules' words)
    # --- Portuguese
    ("pt", "O ministro disse que a senha do sistema foi trocada após o ataque hacker."),
    ("pt", "A ministra pediu à redação do projeto que incluísse os professores temporários."),
    ("pt", "O time vai atualizar a lista de inscritos até sexta-feira, segundo a federação."),
    ("pt", "O treinador disse que a equipe vai ver mais vídeos do adversário antes da final."),
    ("pt", "Os mais lidos do ano foram romances policiais, segundo a pesquisa das livrarias."),
    ("pt", "A edição impressa do jornal deixará de circular aos domingos a partir de março."),
    ("pt", "O advogado afirmou que vai pedir a reprodução integral do depoimento."),
    ("pt", "Quem não é assinante da operadora pagará uma taxa extra a partir de julho."),
    ("pt", "Os moradores podem enviar denúncias à prefeitura pelo aplicativo oficial."),
    ("pt", "O governo pode receber uma comissão de 2% sobre cada contrato, de acordo com o edital."),
    ("pt", "A fotografia do acidente foi publicada por um morador nas redes sociais."),
    ("pt", "O prefeito afirmou que a transmissão ao vivo da sessão será retomada na próxima semana."),
    ("pt", "A empresa informou que o modo escuro do aplicativo estará disponível para todos em maio."),
    ("pt", "As respostas do ministro à comissão foram consideradas insuficientes pela oposição."),
    ("pt", "A plataforma permitirá entrar com a conta do Google em todos os serviços públicos."),
    ("pt", "Os leitores que acompanham a série de reportagens podem enviar perguntas à redação."),
    ("pt", "Segundo a redação do texto aprovado, o benefício será pago a partir de abril."),
    ("pt", "Assinaturas digitais de jornais cresceram 12% no ano passado, segundo o IVC."),
    ("pt", "O plano de saúde custará R$ 450 por mês para os servidores, segundo o governo."),
    ("pt", "O pacote de medidas prevê R$ 20 bilhões por ano para a habitação popular."),
    ("pt", "A reprodução do vídeo foi proibida por decisão judicial na semana passada."),
    ("pt", "A polícia pediu que testemunhas enviem informações à delegacia mais próxima."),
    ("pt", "O resumo do relatório foi entregue aos deputados na manhã de terça-feira."),
    ("pt", "A galeria de arte reabriu ao público depois de dois anos de reformas."),
    ("pt", "O deputado disse que vai ler o relatório completo antes de votar a proposta."),
]
