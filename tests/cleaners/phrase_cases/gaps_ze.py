"""Phrase rules in French, round four: page furniture that the earlier tables missed
(AI summaries, gift links, media promos, error reports, consent walls, meters, "add us on Google"), and
article sentences with the same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- French
    (SC, "Résumé généré par l'IA", "site_chrome.fr.ai-summary"),
    (SC, "Ce résumé a été généré par une IA et vérifié par la rédaction", "site_chrome.fr.ai-summary"),
    (SC, "Voix générée par intelligence artificielle", "site_chrome.fr.ai-summary"),
    (SC, "Résumer cet article avec ChatGPT", "site_chrome.fr.ai-summary"),
    (SC, "L'essentiel par l'IA", "site_chrome.fr.ai-summary"),
    (SC, "Vous avez remarqué une erreur dans cet article ? Dites-le-nous", "site_chrome.fr.report-error"),
    (SC, "Une coquille ? Signalez-la-nous", "site_chrome.fr.report-error"),
    (SC, "Signalez une erreur dans cet article", "site_chrome.fr.report-error"),
    (SC, "Regarder la vidéo", "site_chrome.fr.media-promo"),
    (SC, "Voir la vidéo (2:31)", "site_chrome.fr.media-promo"),
    (SC, "Écoutez le podcast « L'Heure du Monde » chaque matin", "site_chrome.fr.media-promo"),
    (SC, "Disponible sur Spotify, Deezer et Apple Podcasts", "site_chrome.fr.media-promo"),
    (SC, "À écouter sur toutes les plateformes de podcast", "site_chrome.fr.media-promo"),
    (SC, "Cet article vous est offert par Ouest-France", "site_chrome.fr.gift"),
    (SC, "Il vous reste 3 articles à offrir ce mois-ci", "site_chrome.fr.gift"),
    (SC, "Article offert par un abonné", "site_chrome.fr.gift"),
    (SO, "Ajouter Le Figaro comme source privilégiée sur Google", "social.fr.google-source"),
    (SO, "Faites de 20 Minutes votre source préférée sur Google", "social.fr.google-source"),
    (SO, "Ajoutez-nous à vos sources préférées", "social.fr.google-source"),
    (NL, "Vous pourrez vous désabonner à tout moment en un clic.", "newsletter.fr.unsubscribe"),
    (NL, "Désinscription possible à tout moment", "newsletter.fr.unsubscribe"),
    (NL, "Vous êtes bien inscrite à la newsletter", "newsletter.fr.unsubscribe"),
    (NL, "Un e-mail de confirmation vous a été envoyé.", "newsletter.fr.unsubscribe"),
    (NL, "Consultez votre boîte mail pour confirmer votre inscription.", "newsletter.fr.unsubscribe"),
    (PW, "C'est votre dernier article gratuit", "paywall.fr.account-wall"),
    (PW, "Vous avez lu 4 articles sur 5 ce mois-ci", "paywall.fr.account-wall"),
    (PW, "Créez votre compte gratuit pour lire la suite", "paywall.fr.account-wall"),
    (PW, "Inscrivez-vous gratuitement pour continuer votre lecture", "paywall.fr.account-wall"),
    (PW, "Je m'abonne dès 1 €", "paywall.fr.label"),
    (PW, "Profitez de l'offre du moment : 1 € par mois pendant 6 mois", "paywall.fr.label"),
    (PW, "1 € le premier mois, puis 9,99 €/mois", "paywall.fr.label"),
    (PW, "Essai gratuit de 30 jours", "paywall.fr.label"),
    (PW, "Sans engagement, résiliable à tout moment", "paywall.fr.label"),
    (CO, "Accepter et continuer", "cookie.fr.consent-wall"),
    (CO, "Refuser et s'abonner", "cookie.fr.consent-wall"),
    (CO, "Acceptez les cookies ou abonnez-vous pour lire sans publicité.", "cookie.fr.consent-wall"),
    (CO, "Vos choix concernant les cookies", "cookie.fr.consent-wall"),
    (CM, "12 réactions", "comments.fr.reactions"),
    (CM, "Afficher les 8 réactions", "comments.fr.reactions"),
    (CM, "Aucun commentaire pour le moment", "comments.fr.reactions"),
    (CM, "Trier par : les plus récents", "comments.fr.reactions"),
    (AD, "L'article continue ci-dessous", "advertisement.fr.continue-below"),
    (AD, "Publicité - la suite de l'article ci-dessous", "advertisement.fr.continue-below"),
    (PU, "Tous droits réservés, reproduction interdite sans autorisation.", "publisher.fr.rights"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- French
    (
        "fr",
        "Tous droits réservés, la chanson appartient désormais à la maison de disques, a expliqué l'avocat.",
    ),
    ("fr", "Le ministre a ajouté ces données à ses sources préférées pour préparer le débat."),
    ("fr", "La vidéo a été vue plus de deux millions de fois sur les réseaux sociaux."),
    ("fr", "Les enquêteurs ont regardé la vidéo de surveillance à plusieurs reprises."),
    ("fr", "Le podcast de la journaliste a été écouté plus d'un million de fois."),
    ("fr", "L'étude a été réalisée par des chercheurs grâce à l'intelligence artificielle."),
    ("fr", "Le juge a estimé que le résumé de l'audience comportait plusieurs erreurs."),
    ("fr", "Le ministère a signalé une erreur dans les chiffres publiés la veille."),
    ("fr", "Les salariés pourront se désinscrire du dispositif à tout moment, a précisé la direction."),
    ("fr", "Plus de 3 000 habitants se sont inscrits à la consultation publique."),
    ("fr", "Les lecteurs ont lu en moyenne 4 articles sur 5 jusqu'au bout, selon l'étude."),
    ("fr", "L'opérateur propose un essai gratuit à ses nouveaux clients depuis janvier."),
    ("fr", "Le club a accepté de continuer la saison malgré les sanctions."),
    ("fr", "Le gouvernement a fait le choix de taxer les cookies publicitaires des géants du web."),
    ("fr", "Les réactions se sont multipliées après la décision du Conseil constitutionnel."),
    ("fr", "Aucun commentaire n'a été fait par l'Élysée sur cette nomination."),
    ("fr", "L'article 49.3 a été utilisé pour la vingtième fois, a rappelé la députée."),
    ("fr", "Le cadeau offert par le président chinois a été exposé au musée."),
    ("fr", "La suite de l'enquête a été confiée à un juge d'instruction de Marseille."),
    ("fr", "Le syndicat refuse de continuer les négociations sans garanties écrites."),
    ("fr", "Il a voté contre, estimant que la réforme ne réduira pas les inégalités."),
]
