"""Phrase rules in French, Italian and Spanish, round thirteen: page furniture that the earlier tables
missed (related-link headings, live-blog controls, image-gallery controls, calls for news tips, saved
articles and bookmarks, text-size tools, subscription offers and login-form buttons, consent-wall
choices, comment-thread buttons, follow-topic buttons, alert sign-ups), and article sentences with the
same words (run by ``tests/cleaners/test_phrases_languages.py``)."""

from __future__ import annotations

from newsclean.model import Category

SC, CM, NL, PW = Category.SITE_CHROME, Category.COMMENTS, Category.NEWSLETTER, Category.PAYWALL
SO, AD, CO, PU = Category.SOCIAL, Category.ADVERTISEMENT, Category.COOKIE, Category.PUBLISHER

POSITIVES: list[tuple[Category, str, str]] = [
    # (cleaner, junk line, rule-id prefix expected to fire)
    # --- French
    (PW, "Réservé aux abonnés", "paywall.fr.subscribers-only"),
    (PW, "Enquête réservée aux abonnés", "paywall.fr.subscribers-only"),
    (PW, "Pour lire cet article, créez un compte gratuit", "paywall.fr.keep-reading"),
    (PW, "Pour continuer à lire, ouvrez votre compte gratuitement", "paywall.fr.keep-reading"),
    (PW, "Profitez de notre offre à 2,99 € par mois pendant 6 mois", "paywall.fr.label"),
    (PW, "Dès 1€ pour 3 mois", "paywall.fr.label"),
    (PW, "Découvrez nos offres d'abonnement", "paywall.fr.offer-label"),
    (PW, "Exclusivité abonnés", "paywall.fr.offer-label"),
    (PW, "Pas encore inscrit ? Créez votre compte", "paywall.fr.offer-label"),
    (PW, "Mot de passe oublié ?", "paywall.fr.offer-label"),
    (PW, "Continuer avec Apple", "paywall.fr.offer-label"),
    (PW, "Connectez-vous ou créez votre compte", "paywall.fr.offer-label"),
    (SC, "À découvrir également", "site_chrome.fr.related"),
    (SC, "Sur le même thème", "site_chrome.fr.related"),
    (SC, "Ces contenus pourraient vous intéresser", "site_chrome.fr.related"),
    (SC, "Les articles les plus partagés", "site_chrome.fr.related"),
    (SC, "Articles similaires", "site_chrome.fr.related"),
    (SC, "La sélection de la rédaction", "site_chrome.fr.related"),
    (SC, "En direct", "site_chrome.fr"),
    (SC, "Rafraîchir la page", "site_chrome.fr.live-blog"),
    (SC, "Afficher les 5 nouveaux messages", "site_chrome.fr.live-blog"),
    (SC, "2 nouvelles publications", "site_chrome.fr.live-blog"),
    (SC, "Revivez notre live", "site_chrome.fr.live-blog"),
    (SC, "Les moments clés du direct", "site_chrome.fr.live-blog"),
    (SC, "Lancer le diaporama", "site_chrome.fr.gallery"),
    (SC, "Voir les 24 photos", "site_chrome.fr.gallery"),
    (SC, "Image 4 sur 18", "site_chrome.fr.gallery"),
    (SC, "Quitter le plein écran", "site_chrome.fr.gallery"),
    (SC, "Photo suivante", "site_chrome.fr.gallery"),
    (SC, "Avez-vous une information à nous communiquer ? Écrivez-nous", "site_chrome.fr.news-tip"),
    (SC, "Confiez-nous vos témoignages par e-mail", "site_chrome.fr.news-tip"),
    (SC, "Contacter la rédaction", "site_chrome.fr.news-tip"),
    (SC, "Merci pour votre signalement", "site_chrome.fr.news-tip"),
    (SC, "Article ajouté à vos favoris", "site_chrome.fr.tools"),
    (SC, "Retrouvez vos articles sauvegardés dans votre espace personnel", "site_chrome.fr.tools"),
    (SC, "Supprimer de ma liste de lecture", "site_chrome.fr.tools"),
    (SC, "Diminuer la police", "site_chrome.fr.tools"),
    (SC, "Article offert", "site_chrome.fr.tools"),
    (SC, "Mon espace abonné", "site_chrome.fr.menu-label"),
    (SC, "Mes sujets suivis", "site_chrome.fr.menu-label"),
    (SC, "Mode nuit", "site_chrome.fr.menu-label"),
    (SC, "Chargement en cours…", "site_chrome.fr.menu-label"),
    (SC, "Il y a 35 min", "site_chrome.fr.relative-time"),
    (SC, "Écoutez l'épisode en entier", "site_chrome.fr.media-promo"),
    (SC, "Vous pouvez encore offrir l'article à 3 proches", "site_chrome.fr.gift"),
    (AD, "Contenu proposé en partenariat avec la Caisse d'Épargne", "advertisement.fr.label"),
    (AD, "Ouvrir dans l'appli", "advertisement.fr.app-promo"),
    (AD, "Lire l'article dans l'application Ouest-France", "advertisement.fr.app-promo"),
    (CO, "Centre de préférences", "cookie.fr.buttons"),
    (CO, "Gérer vos consentements", "cookie.fr.buttons"),
    (CO, "J'accepte ou je m'abonne", "cookie.fr.consent-wall"),
    (CO, "S'abonner sans cookies", "cookie.fr.consent-wall"),
    (CM, "Voir les 3 réponses", "comments.fr.widget"),
    (CM, "Afficher plus de commentaires", "comments.fr.widget"),
    (CM, "Votre réaction", "comments.fr.widget"),
    (SO, "Suivre cette autrice", "social.fr.label"),
    (SO, "Ajouter aux thèmes suivis", "social.fr.label"),
    (SO, "Tweeter", "social.fr.label"),
    (NL, "Activer les alertes info", "newsletter.fr.receive-label"),
    (NL, "Créez une alerte sur ce sujet", "newsletter.fr.receive-label"),
    (NL, "Cette adresse e-mail est déjà utilisée", "newsletter.fr.label"),
    (NL, "Un courriel de confirmation vient de vous être envoyé", "newsletter.fr.unsubscribe"),
    (PU, "Dépêche Reuters", "publisher.fr.agency"),
]

NEGATIVES: list[tuple[str, str]] = [
    # --- French
    ("fr", "L'accès au site sera réservé aux abonnés du réseau de transports."),
    ("fr", "Le direct de la chaîne a été interrompu pendant dix minutes en raison d'une panne technique."),
    ("fr", "Les abonnés du club pourront assister gratuitement au match de samedi."),
    ("fr", "Selon la préfecture, une information judiciaire a été ouverte pour homicide involontaire."),
    ("fr", "Le musée a inauguré une nouvelle galerie consacrée à l'art contemporain africain."),
    ("fr", "La police a diffusé une photo du suspect et lance un appel à témoins."),
    ("fr", "Les enquêteurs ont retrouvé sur son téléphone plusieurs messages envoyés la veille du drame."),
    ("fr", "Il y a 2 ans, la commune avait déjà été frappée par une crue similaire."),
    ("fr", "L'application mobile de la SNCF a connu une panne géante lundi matin."),
    ("fr", "Les syndicats appellent à suivre le mouvement de grève jeudi dans toute la France."),
    ("fr", "Le festival propose cette année une offre à 10 euros pour les moins de 25 ans."),
    ("fr", "La rédaction du journal s'est mise en grève pour protester contre le plan social."),
    ("fr", "Plus de 3 000 abonnés ont résilié leur contrat après la hausse des tarifs."),
    ("fr", "Le podcast de l'ancien ministre a été écouté plus d'un million de fois."),
    ("fr", "L'entreprise a mis en ligne une nouvelle version de son site, plus rapide et sans publicité."),
    ("fr", "Les élèves ont lu aussi des extraits de la correspondance du poète."),
    ("fr", "Elle a dû créer un compte sur le site des impôts pour déclarer ses revenus."),
    ("fr", "Le juge a demandé à voir les photos prises par les caméras de surveillance."),
    ("fr", "Il a annoncé la fin du direct de son émission quotidienne à la rentrée."),
    ("fr", "Les images diffusées en direct par la télévision locale montrent des rues entièrement inondées."),
    ("fr", "Le gouvernement a décidé d'actualiser ses prévisions de croissance pour l'an prochain."),
    ("fr", "Le maire a promis de contacter la rédaction du quotidien pour rectifier ses propos."),
    ("fr", "Les supporters ont reçu une alerte sur leur téléphone quelques minutes avant le coup d'envoi."),
]
