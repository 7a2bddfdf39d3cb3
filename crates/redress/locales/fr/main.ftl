# Redress — catalogue français (langue par défaut et de repli).
# Toute clé utilisée par le code existe ici ; les autres langues retombent sur ce fichier,
# chaîne par chaîne.

## Commun
site-name = Redress
site-tagline = Plaintes sur les services publics
skip-link = Aller au contenu
lang-label = Langue
nav-home = Accueil
nav-file = Déposer une plainte
nav-track = Suivre une plainte
nav-privacy = Vie privée et anonymat
required-mark = (obligatoire)
optional-mark = (facultatif)
test-french-only = Chaîne présente seulement en français (test du repli).

## Secteurs
dept-EDU = Éducation
dept-SAN = Santé
dept-FP = Fonction publique
dept-JUS = Justice

## Accueil
home-title = Signalez un problème dans un service public
home-intro = Une école, un centre de santé, un tribunal ou une administration ne vous a pas bien servi ? Dites-le. Votre plainte est enregistrée, transmise au service responsable, et vous recevez une réponse.
home-departments = Quatre secteurs sont concernés :
home-cta-file = Déposer une plainte
home-cta-track = Suivre ma plainte
home-how-title = Comment porter plainte
home-how-web = Sur ce site, avec un formulaire simple.
home-how-sms = Par SMS, depuis n'importe quel téléphone, au numéro affiché dans les services publics.
home-how-ussd = Par USSD, en composant le code affiché dans les services publics, sans connexion Internet.
home-how-phone = Par téléphone ou au guichet : un agent enregistre votre plainte pour vous.
home-next-title = Ce qui se passe ensuite
home-next-1 = Vous recevez un code de suivi et un code secret.
home-next-2 = Votre plainte est examinée puis confiée au service responsable.
home-next-3 = Vous recevez une réponse dans un délai de { $days } jours.
home-next-4 = Vous pouvez noter la réponse, ou faire appel si elle ne vous satisfait pas.
home-anonymous = Vous pouvez porter plainte sans donner votre nom.

## Formulaire de plainte
file-title = Déposer une plainte
file-intro = Les champs marqués « obligatoire » doivent être remplis. Le reste est facultatif.
field-kind = Type de demande
kind-complaint = Plainte
kind-denunciation = Dénonciation (corruption, abus)
kind-suggestion = Suggestion
kind-compliment = Félicitations
kind-information_request = Demande d'information
field-category = Sujet
field-category-choose = — Choisissez un sujet —
field-commune = Commune où cela s'est passé
field-commune-none = — Je ne sais pas / autre lieu —
field-address = Lieu précis (école, centre de santé, service…)
field-description = Décrivez ce qui s'est passé
field-description-hint = Quoi, quand, où, qui. Entre { $min } et { $max } caractères.
field-attachment = Photo ou document
field-attachment-hint = JPEG, PNG, WebP ou PDF, 3 Mo au plus.
field-anonymous = Je veux rester anonyme : je ne donne ni mon nom ni mes coordonnées.
contact-legend = Vos coordonnées
contact-hint = Pour recevoir des nouvelles de votre plainte par SMS ou par e-mail.
field-name = Nom
field-phone = Téléphone
field-phone-hint = 8 chiffres, par exemple 70 12 34 56.
field-email = E-mail
field-consent = J'accepte que ces informations servent au traitement de ma plainte. Elles sont protégées et communiquées seulement aux agents chargés du dossier.
field-honeypot = Ne remplissez pas ce champ
file-submit = Envoyer la plainte
errors-title = Le formulaire contient des erreurs :

## Erreurs
error-missing_category = Choisissez un sujet dans la liste.
error-unknown_category = Choisissez un sujet dans la liste.
error-unknown_commune = Choisissez une commune dans la liste.
error-unknown_kind = Choisissez un type de demande dans la liste.
error-description_too_short = La description est trop courte : écrivez au moins { $min } caractères.
error-description_too_long = La description est trop longue : { $max } caractères au plus.
error-invalid_phone = Le numéro doit avoir 8 chiffres, par exemple 70 12 34 56.
error-invalid_email = Cette adresse e-mail n'est pas valide.
error-anonymous_with_identity = Une plainte anonyme ne porte ni nom, ni téléphone, ni e-mail : décochez « anonyme » ou videz ces champs.
error-consent = Cochez cette case pour que votre plainte puisse être traitée.
error-attachment_type = Seules les photos (JPEG, PNG, WebP) et les documents PDF sont acceptés.
error-attachment_too_large = Le fichier dépasse 3 Mo.
error-attachment_not_saved = Le fichier n'a pas pu être enregistré. Réessayez.
error-too_long = Ce texte est trop long.
error-invalid = Cette valeur n'est pas valide.
error-form-expired = Le formulaire a expiré ou a été envoyé depuis une autre page. Vérifiez vos informations et envoyez-le à nouveau.
error-rate-limited = Trop de demandes depuis cette connexion. Réessayez dans quelques minutes.
error-server = Une erreur est survenue de notre côté. Réessayez plus tard.
error-page-title = Erreur
error-not-found = Cette page n'existe pas.
error-bot = Votre envoi n'a pas pu être accepté.

## Récépissé
receipt-title = Votre plainte est enregistrée
receipt-code = Code de suivi
receipt-secret = Code secret
receipt-once = Notez ces deux codes maintenant : ils ne seront plus affichés. Le code secret vous permet de voir les réponses et d'agir sur votre plainte ; ne le donnez à personne.
receipt-next = Votre plainte sera examinée au plus tard le { $ack }. Vous recevrez une réponse au plus tard le { $answer }.
receipt-track = Suivre ma plainte
receipt-missing = Ce récépissé n'est plus disponible. Utilisez votre code de suivi pour suivre votre plainte.

## Suivi
track-title = Suivre une plainte
track-intro = Entrez le code de suivi reçu au dépôt. Ajoutez votre code secret pour voir les réponses et agir sur votre plainte.
field-code = Code de suivi
field-code-hint = 11 caractères, par exemple 7KQ2-M9XD-4RB.
field-secret = Code secret
field-secret-hint = 8 chiffres.
track-submit = Suivre
error-invalid_tracking_code = Ce code de suivi contient une erreur de frappe : vérifiez chaque caractère.
error-unknown_tracking_code = Aucune plainte ne porte ce code.
error-wrong_secret = Le code secret ne correspond pas à cette plainte.

## Détail d'une plainte
detail-title = Plainte { $code }
detail-status = État
status-received = Reçue
status-accepted = Acceptée
status-assigned = Confiée à un agent
status-in_progress = En cours de traitement
status-answered = Répondue
status-appealed = En appel
status-closed = Clôturée
status-rejected = Rejetée
status-withdrawn = Retirée
detail-received-at = Reçue le
detail-ack-by = Examen au plus tard le
detail-answer-by = Réponse au plus tard le
detail-late = En retard sur le délai
detail-on-time = Dans les délais
detail-category = Sujet
detail-description = Votre plainte
detail-attachments = Pièces jointes
detail-history = Historique
history-received = Plainte reçue
history-accept = Plainte acceptée
history-reject = Plainte rejetée
history-transfer = Transmise à un autre service
history-start = Traitement commencé
history-answer = Réponse
history-appeal = Appel
history-close = Plainte clôturée
history-withdraw = Plainte retirée
history-reply = Votre complément
history-assign = Confiée à un agent
detail-secret-prompt = Entrez votre code secret pour voir les réponses et agir sur votre plainte.
reply-title = Ajouter une information
field-reply = Votre message
reply-submit = Envoyer
rate-title = Notez la réponse
field-score = Note, de 1 (très mauvais) à 5 (très bien)
field-rate-comment = Commentaire
rate-submit = Envoyer ma note
rated = Merci : vous avez noté cette réponse.
appeal-title = Faire appel
appeal-intro = Si la réponse ne vous satisfait pas, vous pouvez faire appel jusqu'au { $date }.
field-appeal = Pourquoi contestez-vous la réponse ?
appeal-submit = Faire appel
withdraw-title = Retirer ma plainte
withdraw-intro = Si le problème est réglé, vous pouvez retirer votre plainte. Ce choix est définitif.
withdraw-submit = Retirer ma plainte
forget-submit = Oublier cette plainte sur cet appareil
error-not_allowed_now = Cette action n'est plus possible pour cette plainte.
error-already_rated = Vous avez déjà noté cette réponse.
error-appeal_window = Le délai d'appel est dépassé.
error-score = Choisissez une note de 1 à 5.
error-missing_text = Écrivez votre message.

## Vie privée
privacy-title = Vie privée et anonymat
privacy-anonymous = Vous pouvez porter plainte sans donner votre nom ni vos coordonnées. Gardez alors bien votre code de suivi et votre code secret : ce sont les seuls moyens de suivre votre plainte.
privacy-protected = Si vous donnez votre nom, votre téléphone ou votre e-mail, ils sont chiffrés dans notre base de données et ne sont montrés qu'aux agents chargés de votre plainte.
privacy-denunciation = Pour une dénonciation (corruption, abus), votre identité est cachée même aux agents ; seule une personne habilitée peut la consulter, pour un motif écrit, et cette consultation est enregistrée.
privacy-secret = Le code secret n'est jamais conservé en clair : personne ne peut vous le redonner. Ne le communiquez à personne.
privacy-shared-phone = Sur un téléphone partagé, utilisez le bouton « Oublier cette plainte sur cet appareil » après votre consultation.
privacy-statistics = Les statistiques publiées ne contiennent aucune donnée qui permette de vous identifier.

## Notifications (SMS : 160 caractères au plus, sans caractères hors de l'alphabet GSM)
notify-receipt-sms = Plainte enregistrée. Code de suivi : { $code }. Réponse au plus tard le { $answer }. Gardez votre code secret.
notify-receipt-subject = Plainte { $code } enregistrée
notify-accepted-sms = Votre plainte { $code } est acceptée et confiée au service compétent. Réponse au plus tard le { $answer }.
notify-accepted-subject = Plainte { $code } acceptée
notify-rejected-sms = Votre plainte { $code } n'est pas retenue : { $reason }
notify-rejected-subject = Plainte { $code } non retenue
notify-transferred-sms = Votre plainte { $code } est transmise au service qui doit y répondre.
notify-transferred-subject = Plainte { $code } transmise
notify-answered-sms = Votre plainte { $code } a une réponse. Lisez-la avec votre code secret sur le site ou au guichet.
notify-answered-subject = Réponse à votre plainte { $code }
notify-appeal-closed-sms = Votre appel sur la plainte { $code } est examiné : { $reason }
notify-appeal-closed-subject = Appel sur la plainte { $code } examiné
notify-appeal-reopened-sms = Votre appel sur la plainte { $code } est accepté : elle est de nouveau en traitement.
notify-appeal-reopened-subject = Appel sur la plainte { $code } accepté
notify-assigned-sms = La plainte { $code } ({ $category }) vous est confiée. Réponse attendue au plus tard le { $answer }.
notify-assigned-subject = Plainte { $code } confiée
notify-footer = Suivre la plainte : { $link }
notify-escalated-sms = La plainte { $code } a dépassé son délai : elle vous est signalée (niveau { $level }). Réponse attendue au plus tard le { $answer }.
notify-escalated-subject = Plainte { $code } en retard (niveau { $level })
notify-extended-sms = Le délai de réponse de votre plainte { $code } est prolongé jusqu'au { $answer } : { $reason }
notify-extended-subject = Plainte { $code } : délai prolongé
history-extend = Délai de réponse prolongé
receipt-sms = Votre code de suivi vous est aussi envoyé par SMS au { $phone }.

## Espace des agents
staff-title = Redress — agents
staff-logout = Se déconnecter
staff-login-title = Connexion des agents
staff-password = Mot de passe
staff-login-submit = Se connecter
staff-login-wrong = E-mail ou mot de passe incorrect.
staff-login-locked = Trop d'essais : le compte est verrouillé pour 15 minutes.
staff-view-mine = Mes plaintes
staff-view-all = Toutes (mon périmètre)
staff-view-triage = À trier
staff-view-late = En retard
staff-view-appealed = En appel
staff-queue-title = Plaintes
staff-search = Rechercher dans les descriptions
staff-search-submit = Rechercher
staff-queue-empty = Aucune plainte ici.
staff-unit = Service
staff-assignee = Agent chargé
staff-due = Échéance
staff-place = Lieu
staff-complainant = Plaignant
staff-escalation = Niveau d'alerte
staff-words = Les mots du plaignant
staff-actions = Actions possibles
staff-no-actions = Aucune action possible pour vous dans cet état.
staff-assign-to = Confier à (e-mail de l'agent)
staff-transfer-to = Transmettre au service
staff-answer-text = Réponse au plaignant
staff-reason = Motif
staff-note = Note interne (jamais montrée au plaignant)
staff-action-accept = Accepter
staff-action-reject = Rejeter
staff-action-assign = Confier
staff-action-start = Commencer le traitement
staff-action-answer = Envoyer la réponse
staff-action-close = Clôturer
staff-action-transfer = Transmettre
staff-action-note = Ajouter la note
staff-action-extend = Prolonger le délai
staff-identity-protected = Identité protégée (dénonciation)
staff-anonymous = Anonyme
staff-error-forbidden = Vous n'avez pas le droit de faire cette action.
staff-error-conflict = Cette action n'est pas possible maintenant.
staff-error-invalid = Un champ requis manque ou n'est pas valide.
role-admin = administrateur
role-supervisor = superviseur
role-officer = agent
role-intake = accueil
role-auditor = auditeur
history-escalate = Alerte de retard
history-note = Note interne
history-rate = Note du plaignant
