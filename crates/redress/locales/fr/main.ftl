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
home-how-sms-number = Par SMS au { $number }, depuis n'importe quel téléphone : écrivez votre plainte en quelques mots, ou AIDE.
home-how-ussd-code = Par USSD en composant le { $code }, sans connexion Internet.
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
# Shown under the photo once the page has made it smaller before sending it.
field-attachment-shrunk = Photo réduite : { $before } → { $after }
field-attachment-kb = { $n } Ko
# A size in megabytes with one decimal: 2,8 Mo is whole = 2, tenth = 8.
field-attachment-mb = { $whole },{ $tenth } Mo
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
error-secret-locked = Trop d'essais de code secret pour cette plainte : son suivi avec le secret est bloqué pendant une heure au plus, pour toutes les connexions. Le numéro de suivi seul montre toujours où en est la plainte. Si vous avez perdu le secret : envoyez le numéro de suivi par SMS depuis le téléphone qui a déposé la plainte, ou présentez-vous au service avec ce numéro.
error-cross-site = Ce formulaire a été envoyé depuis un autre site : il est refusé. Rouvrez la page sur ce site-ci et recommencez.
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
notify-receipt-sms = Plainte enregistrée. Code de suivi : { $code }. Réponse au plus tard le { $answer }. Suivi : STATUT { $code }
notify-receipt-subject = Plainte { $code } enregistrée
notify-accepted-sms = Votre plainte { $code } est acceptée et confiée au service compétent. Réponse au plus tard le { $answer }. Suivi : STATUT { $code }
notify-accepted-subject = Plainte { $code } acceptée
notify-rejected-sms = Votre plainte { $code } n'est pas retenue : { $reason }
notify-rejected-subject = Plainte { $code } non retenue
notify-transferred-sms = Votre plainte { $code } est transmise au service qui doit y répondre. Suivi : STATUT { $code }
notify-transferred-subject = Plainte { $code } transmise
notify-answered-sms = Votre plainte { $code } a une réponse. Pour la lire, répondez REP { $code }
notify-answered-subject = Réponse à votre plainte { $code }
notify-appeal-closed-sms = Votre appel sur la plainte { $code } est examiné. Suivi : STATUT { $code }. Motif : { $reason }
notify-appeal-closed-subject = Appel sur la plainte { $code } examiné
notify-appeal-reopened-sms = Votre appel sur la plainte { $code } est accepté : elle est de nouveau en traitement. Suivi : STATUT { $code }
notify-appeal-reopened-subject = Appel sur la plainte { $code } accepté
notify-assigned-sms = La plainte { $code } ({ $category }) vous est confiée. Réponse attendue au plus tard le { $answer }.
notify-assigned-subject = Plainte { $code } confiée
notify-footer = Suivre la plainte : { $link }
notify-escalated-sms = La plainte { $code } a dépassé son délai : elle vous est signalée (niveau { $level }). Réponse attendue au plus tard le { $answer }.
notify-escalated-subject = Plainte { $code } en retard (niveau { $level })
notify-extended-sms = Le délai de réponse de votre plainte { $code } est prolongé jusqu'au { $answer }. Suivi : STATUT { $code }. Motif : { $reason }
notify-extended-subject = Plainte { $code } : délai prolongé
history-extend = Délai de réponse prolongé
receipt-sms = Votre code de suivi vous est aussi envoyé par SMS au { $phone }.
receipt-follow-sms = Pour la suivre par SMS, envoyez « STATUT { $code } » suivi de votre code secret au { $number }.

## Espace des agents
staff-title = Redress — agents
staff-logout = Se déconnecter
staff-login-title = Connexion des agents
staff-password = Mot de passe
staff-login-submit = Se connecter
staff-login-wrong = E-mail ou mot de passe incorrect. Après 5 essais manqués, la connexion depuis cet endroit est bloquée pendant 15 minutes.
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
staff-intake-title = Enregistrer une plainte
staff-intake-submit = Enregistrer la plainte
staff-intake-another = Enregistrer une autre plainte
staff-channel = Reçue par
staff-citizen-language = Langue du plaignant
staff-receipt-read-out = Lisez ces deux codes au plaignant ou imprimez cette page : ils ne seront plus affichés.
channel-phone = Téléphone
channel-walk_in = Au guichet
channel-letter = Courrier
staff-guide-title = Guide de réponse
staff-guide-version = Version
staff-guide-procedure = Procédure à suivre
staff-guide-template = Modèle de réponse
staff-guide-save = Enregistrer une nouvelle version
staff-guide-history = Versions
staff-guide-placeholders = Dans les modèles : {"{"}name{"}"} (nom du plaignant, vide s'il est protégé), {"{"}code{"}"}, {"{"}received{"}"} (date de réception), {"{"}answer_by{"}"} (date limite), {"{"}unit{"}"} (service).
staff-handbook-title = Manuel du personnel
staff-handbook-intro = Comment Redress fonctionne et ce que la loi attend de vous, sujet par sujet. Chaque page du traitement renvoie ici à l'étape concernée.
staff-handbook-for-role = Pour votre rôle
staff-handbook-other = Autres sujets
staff-handbook-untranslated = Ce texte attend un traducteur natif : il est affiché en français en attendant.
staff-handbook-back = Tous les sujets du manuel
staff-handbook-help = Manuel : { $action }
staff-handbook-deadlines-link = Comment les délais sont comptés
staff-handbook-reveal-link = Protéger l'auteur d'une dénonciation
staff-handbook-answers-link = Écrire une bonne réponse
staff-reveal = Révéler l'identité
staff-reveal-reason = Motif de la consultation de l'identité (enregistré)
staff-error-reveal-reason = Indiquez pourquoi l'identité est nécessaire (10 caractères au moins).
history-reveal_identity = Identité consultée
staff-view-soon = Bientôt en retard
staff-password-title = Changer mon mot de passe
staff-password-hint = 12 caractères au moins. Après le changement, vous vous reconnectez.
staff-password-current = Mot de passe actuel
staff-password-new = Nouveau mot de passe
staff-password-confirm = Nouveau mot de passe (encore)
staff-password-submit = Changer le mot de passe
staff-password-wrong = Le mot de passe actuel est incorrect.
staff-password-short = Le nouveau mot de passe doit avoir 12 caractères au moins.
staff-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
staff-users-title = Comptes des agents
staff-users-actions = Actions
staff-users-add = Ajouter un compte
staff-users-reset = Donner un nouveau mot de passe
staff-users-disable = Désactiver
staff-users-enable = Réactiver
staff-user-exists = Un compte avec cet e-mail existe déjà.
staff-role = Rôle
channel-web = Formulaire web
channel-sms = SMS
channel-ussd = USSD
channel-api = API
channel-email = E-mail
channel-open311 = Open311
staff-filter-department = Ministère
staff-filter-region = Région
staff-filter-province = Province
staff-filter-commune = Commune
staff-filter-from = Reçue à partir du
staff-filter-to = Reçue jusqu'au
staff-filter-more = Plus de filtres
staff-filter-ignored = Un filtre inconnu a été ignoré : { $field } = « { $value } ».
staff-sort = Trier
staff-sort-newest = Les plus récentes d'abord
staff-sort-oldest = Les plus anciennes d'abord
staff-sort-deadline = L'échéance de réponse la plus proche d'abord
history-duplicate = Rattachée à une plainte antérieure sur le même problème
staff-action-duplicate = Rattacher comme doublon
staff-duplicate-code = Code de la plainte antérieure sur le même problème
staff-duplicate-of = Doublon de
staff-duplicates = Doublons rattachés
staff-error-duplicate = Rattachement impossible : vérifiez le code (une plainte de vos services, qui n'est pas elle-même un doublon) ; une plainte ne se rattache qu'une fois.
admin-title = Référentiel
admin-section-categories = Délais par sujet
admin-section-units = Services
admin-section-routing = Orientation
admin-section-holidays = Jours fériés
admin-section-log = Journal des modifications
admin-count-calendar = jours calendaires
admin-count-working = jours ouvrables
admin-level-ministry = Ministère
admin-level-directorate = Direction
admin-level-regional = Direction régionale
admin-level-facility = Établissement
admin-level-complaints_cell = Cellule des plaintes
admin-categories-hint = Délais légaux de chaque sujet : accuser réception (accepter ou rejeter) puis répondre. Ils s'appliquent aux plaintes reçues après l'enregistrement.
admin-ack = Accusé de réception
admin-answer = Réponse
admin-extendable = Prolongeable une fois
admin-save = Enregistrer
admin-code = Code
admin-name-fr = Nom en français
admin-name-en = Nom en anglais
admin-level = Niveau
admin-parent = Rattaché à
admin-unit-add = Ajouter un service
admin-unit-rename = Renommer un service
admin-routing-hint = Les plaintes d'un sujet (ou d'un ministère entier) dans un lieu vont au service indiqué ; la règle la plus précise l'emporte. Sans règle : la direction régionale du ministère, sinon sa cellule des plaintes.
admin-none = Aucune règle : l'orientation par défaut s'applique.
admin-subject = Objet
admin-place = Lieu
admin-anywhere = Partout
admin-delete = Supprimer
admin-rule-add = Ajouter une règle
admin-or-department = Ou tout un ministère
admin-or-province = Ou une province
admin-or-commune = Ou une commune
admin-holidays-hint = Jours exclus des délais en jours ouvrables. Règle : MM-JJ chaque année, AAAA-MM-JJ une seule fois (fêtes musulmanes, à saisir chaque année), easter+N (N jours après Pâques).
admin-rule = Règle
admin-holiday-add = Ajouter un jour férié
admin-log-hint = Chaque modification du référentiel et des comptes, chaînée et vérifiée par « redress audit verify ». Les 200 plus récentes.
admin-when = Quand
admin-who = Qui
admin-what = Quoi
admin-details = Détails
admin-error-subject = Choisissez un sujet ou un ministère, pas les deux.
admin-error-place = Choisissez au plus un lieu : une région, une province ou une commune.
admin-error-unit = Ce service n'existe pas ou ne relève pas du ministère du sujet.
admin-error-holiday = Règle invalide (MM-JJ, AAAA-MM-JJ ou easter+N, avec une date réelle) ou nom manquant en français ou en anglais.
admin-error-days = Les délais vont de 0 à 365 jours, en jours calendaires ou ouvrables, et la réponse ne peut précéder l'accusé de réception.
admin-error-new-unit = Code invalide (3 à 30 majuscules, chiffres ou tirets), service parent ou région inconnus, ou nom manquant en français ou en anglais.
admin-error-duplicate = Cet élément existe déjà.
admin-error-missing = Cet élément n'existe pas (ou plus).
staff-2fa-title = Double authentification
staff-2fa-code = Code à 6 chiffres de votre application d'authentification
staff-2fa-submit = Valider
staff-2fa-wrong = Code incorrect ou déjà utilisé.
staff-2fa-expired = La première étape de la connexion a expiré : recommencez.
staff-2fa-on = La double authentification est activée : à chaque connexion, un code de votre application d'authentification est demandé après le mot de passe.
staff-2fa-off = La double authentification n'est pas activée pour votre compte.
staff-2fa-setup = Ajoutez ce compte dans une application d'authentification (par la clé ou le lien ci-dessous), puis saisissez le code qu'elle affiche.
staff-2fa-secret = Clé à saisir :
staff-2fa-link = Ouvrir dans l'application d'authentification
staff-2fa-enable = Activer la double authentification
staff-2fa-disable = Désactiver la double authentification
staff-2fa-not-for-role = La double authentification est proposée aux administrateurs et aux superviseurs.
staff-users-totp-off = Retirer la double authentification (téléphone perdu)
staff-error-field-assignee = Cette adresse n'est pas celle d'un agent actif qui traite les plaintes de ce service.
staff-error-field-unit = Choisissez un service qui existe et qui n'a pas déjà la plainte.
staff-error-field-action = Remplissez le champ que demande cette action (motif, message ou note), en 10 000 caractères au plus.

## Secteur à orienter (plaintes qui ne nomment pas encore de service)
dept-GEN = À orienter
history-classify = Service choisi par le plaignant
history-describe = Suite de la description envoyée par le plaignant

## SMS et USSD. Les mots des commandes : séparés par des virgules, sans distinction de
## majuscules ni d'accents ; une petite faute de frappe est tolérée dans les mots de 5 lettres
## ou plus. Les réponses tiennent en un SMS (160 caractères sans ê, â, î, ô, û, ç : ces
## lettres font passer le SMS en UCS-2, 70 caractères).
sms-words-status = STATUT, SUIVI, ETAT, OU
sms-words-answer = REPONSE, REP, LIRE
sms-words-add = AJOUT, AJOUTER, COMPLEMENT
sms-words-withdraw = RETIRER, RETRAIT, ANNULER
sms-words-rate = NOTE, NOTER
sms-words-appeal = APPEL, RECOURS, CONTESTER
sms-words-stop = STOP, ARRET
sms-words-start = REPRENDRE, DEMARRER
sms-words-help = AIDE, ?
sms-cat-EDU-FEES = Frais illicites
sms-cat-EDU-ABSENCE = Enseignant absent
sms-cat-EDU-EXAMS = Examens
sms-cat-EDU-CANTEEN = Cantine
sms-cat-EDU-VIOLENCE = Violences
sms-cat-EDU-DOCS = Documents scolaires
sms-cat-SAN-FEES = Paiements illicites
sms-cat-SAN-FREECARE = Gratuité des soins
sms-cat-SAN-ABSENCE = Personnel absent
sms-cat-SAN-STOCKOUT = Médicaments manquants
sms-cat-SAN-WAIT = Longue attente
sms-cat-SAN-RECEPTION = Mauvais accueil
sms-cat-FP-EXAMS = Concours
sms-cat-FP-CAREER = Carrière, salaire
sms-cat-FP-DOCS = Actes administratifs
sms-cat-FP-CORRUPTION = Corruption
sms-cat-FP-ABSENCE = Agents absents
sms-cat-FP-RECEPTION = Mauvais accueil
sms-cat-JUS-DELAY = Lenteur des procédures
sms-cat-JUS-FILES = Accès aux dossiers
sms-cat-JUS-CORRUPTION = Corruption
sms-cat-JUS-DOCS = Casier, nationalité
sms-cat-JUS-DETENTION = Détention
sms-cat-JUS-RECEPTION = Accueil, information
sms-cat-GEN-OTHER = Autre
sms-filed = Plainte enregistrée. Code { $code } secret { $secret }. Réponse avant le { $answer }.
sms-choose-department = Quel service ? { $list }
sms-choose-category = { $department } : { $list }
sms-choice-unknown = Choix inconnu. { $list }
sms-classified = Plainte { $code } : { $category }. Réponse avant le { $answer }. Pour ajouter : AJOUT texte.
sms-described = Suite ajoutée à la plainte { $code }.
sms-no-choice = Aucune liste en attente. Envoyez AIDE pour savoir quoi écrire.
sms-empty = Message vide. Décrivez votre problème en quelques mots, ou envoyez AIDE.
sms-too-short = Décrivez le problème en une phrase au moins : le service, le lieu, ce qui s'est passé.
sms-too-long = La plainte { $code } est complète (5000 caractères). Envoyez la suite avec AJOUT { $code } texte.
sms-help = Décrivez votre problème en un SMS. STATUT : suivi. REP : lire la réponse. AJOUT texte. NOTE 1 à 5. APPEL motif. RETIRER. STOP.
sms-status = Plainte { $code } : { $status }. Réponse avant le { $answer }.
sms-status-answered = Plainte { $code } : répondue. Pour lire la réponse, envoyez REP { $code }.
sms-no-answer-yet = La plainte { $code } n'a pas encore de réponse. Réponse avant le { $answer }.
sms-answer = Réponse { $code } : { $message }
sms-not-found = Aucune plainte de ce numéro avec ce code. Depuis un autre téléphone, envoyez le code puis le secret.
sms-no-complaint = Aucune plainte envoyée de ce numéro. Décrivez votre problème pour en déposer une.
sms-added = Information ajoutée à la plainte { $code }.
sms-add-usage = Écrivez AJOUT puis le texte à ajouter.
sms-withdrawn = La plainte { $code } est retirée.
sms-rated = Merci. Note { $score }/5 enregistrée pour la plainte { $code }.
sms-rate-usage = Écrivez NOTE puis un chiffre de 1 à 5.
sms-appealed = Appel enregistré pour la plainte { $code }. Il sera examiné.
sms-appeal-usage = Écrivez APPEL puis la raison de votre appel (10 caractères au moins).
sms-stopped = Vous ne recevrez plus de messages sur vos plaintes. Pour reprendre, envoyez REPRENDRE.
sms-started = Vous recevrez de nouveau les messages sur vos plaintes.
sms-not-now = Impossible pour la plainte { $code } : elle est { $status }.
sms-already-rated = La plainte { $code } a déjà une note.
sms-appeal-window-closed = Le délai d'appel de la plainte { $code } est passé depuis le { $date }.
sms-locked = Trop d'essais de secret pour cette plainte. Réessayez dans une heure, ou envoyez le numéro depuis le téléphone qui l'a déposée.
sms-try-again = La plainte a changé entre-temps. Renvoyez votre message.
sms-too-many = Trop de messages en peu de temps. Ce qui a été reçu est gardé. Réessayez dans une heure.
sms-unavailable = Service indisponible pour le moment. Renvoyez votre message plus tard.
notify-part-sms = { $text }
notify-part-subject = { $text }

## USSD (écrans de 160 caractères au plus ; les lignes suivantes, indentées, sont des retours à la ligne)
ussd-main =
    Plaintes sur les services publics
    1 Déposer une plainte
    2 Suivre une plainte
    3 Délais légaux
    4 Protéger son identité
    5 Langue
ussd-nav = 0 Retour 00 Accueil
ussd-more = Suite
ussd-title-kind = Type :
ussd-kind-complaint = Plainte
ussd-kind-denunciation = Dénonciation (corruption)
ussd-kind-suggestion = Suggestion
ussd-kind-compliment = Félicitations
ussd-kind-information_request = Demande d'information
ussd-title-department = Service concerné :
ussd-title-category = Sujet :
ussd-title-region = Région :
ussd-title-commune = Commune :
ussd-ask-description =
    Décrivez le problème : lieu, date, ce qui s'est passé (500 caractères au plus).
    0 Retour
ussd-confirm =
    Envoyer ? { $kind }, { $category }, { $commune }
    1 Oui
    2 Non
    0 Retour
ussd-ask-code =
    Code de suivi (ex. 7KQ2-M9XD-4RB) :
    0 Retour
ussd-ask-secret =
    Code secret à 8 chiffres :
    0 Retour
ussd-deadlines = Accusé de réception sous { $ack } jours ouvrables, réponse sous { $answer } jours (décret de 2019). En retard, la plainte monte au supérieur.
ussd-identity = Pour une dénonciation, votre identité est cachée aux agents. Seule une personne habilitée peut la voir, pour un motif écrit et enregistré.
ussd-cancelled = Rien n'a été envoyé. Pour recommencer, composez le { $code }.
ussd-invalid = Choix invalide.
ussd-expired = Session expirée. Composez de nouveau le { $code }.
ussd-filed = Plainte enregistrée. Code { $code } secret { $secret }. Réponse avant le { $answer }. Un SMS le confirme.
ussd-not-filed = La plainte n'a pas pu être enregistrée. Réessayez, ou envoyez-la par SMS.
ussd-not-found = Aucune plainte avec ce code et ce secret.
ussd-answered =
    Plainte { $code } : répondue. « { $start } »
    1 Réponse complète par SMS
    00 Accueil
ussd-answer-sent = La réponse vous est envoyée par SMS.

## Open311
open311-notice = Plainte enregistrée : réponse au plus tard le { $answer }.

## Statistiques publiques
stats-title = Statistiques des plaintes
stats-intro = Combien de plaintes chaque ministère et chaque région reçoit, et comment il y répond. Chiffres par mois de réception, tenus à jour à chaque changement ; aucune donnée ne permet d'identifier qui s'est plaint.
stats-filter-department = Ministère
stats-filter-region = Région
stats-filter-from = Du mois
stats-filter-to = au mois
stats-filter-submit = Afficher
stats-all = Tous
stats-no-region = Sans commune
stats-scorecard = Réponses dans les délais, par ministère
stats-col-ministry = Ministère
stats-this-month = Ce mois-ci
stats-last-month = Le mois dernier
stats-trend = Tendance
stats-trend-up = en hausse
stats-trend-down = en baisse
stats-trend-same = stable
stats-by-department = Par ministère
stats-by-category = Par sujet
stats-by-region = Par région
stats-by-month = Par mois de réception
stats-col-received = Reçues
stats-col-answered = Répondues
stats-col-on-time = Dans les délais
stats-col-late = En retard
stats-col-median = Jours (médiane)
stats-col-p90 = Jours (9 sur 10)
stats-col-satisfaction = Satisfaction
stats-col-appeals = Appels
stats-chart-description = Barre claire : plaintes reçues ; barre foncée : plaintes répondues dans les délais. Les chiffres exacts sont dans le tableau qui suit.
stats-definitions-title = Comment lire ces chiffres
stats-definitions = Une plainte compte dans le mois où elle a été reçue. Répondue : elle a reçu une première réponse ; dans les délais : avant la date limite en vigueur à ce moment ; en retard : répondue après cette date, ou encore ouverte et déjà hors délai. Jours : du jour de réception au jour de la première réponse (médiane, et délai tenu pour 9 plaintes sur 10). Satisfaction : moyenne des notes de 1 à 5 données par les plaignants.
stats-audit-title = Registre infalsifiable
stats-audit-text = Chaque étape de chaque plainte est enchaînée à la précédente par une empreinte. Notez l'empreinte ci-dessous : plus tard, n'importe qui peut vérifier que le registre n'a fait que s'allonger depuis, avec cette commande.
stats-error-department = Ce ministère n'existe pas.
stats-error-region = Cette région n'existe pas.
stats-error-month = Un mois s'écrit AAAA-MM, par exemple 2026-03.
stats-error-period = Le premier mois doit précéder le second.

## Données ouvertes
open-data-title = Données ouvertes
open-data-intro = Les plaintes et les statistiques, à télécharger et à réutiliser librement, sans aucune donnée personnelle.
open-data-complaints = Les plaintes, une ligne chacune :
open-data-aggregates = Les chiffres par mois, ministère, sujet, région et type :
open-data-dictionary = Le dictionnaire des données
open-data-audit = L'empreinte du registre, pour vérifier plus tard qu'il n'a pas été réécrit :
open-data-privacy-title = Ce qui n'y figure jamais
open-data-privacy = Ni nom, ni téléphone, ni e-mail, ni description, ni réponse ; les dénonciations ne sont comptées que dans les chiffres agrégés.
open-data-small-count = Règle des petits nombres : le lieu n'est donné jusqu'à la commune que si au moins 5 plaintes du même sujet y ont été reçues le même mois ; sinon la province, sinon la région, sinon aucun lieu. Un groupe des chiffres agrégés de moins de 5 plaintes ne montre aucun chiffre.

## Tableau de bord du personnel
staff-home-title = Tableau de bord
staff-home-all = Total
staff-home-soon = À rendre sous un jour
staff-home-late = En retard
staff-home-on-time = Réponses dans les délais —
staff-home-chart = Barre claire : plaintes du service ; barre foncée : plaintes en retard. Les chiffres exacts sont dans le tableau.
staff-publish-answer = Publier la réponse dans les données ouvertes (adresses, téléphones et nom du plaignant retirés)
history-publish_answer = Réponse publiée dans les données ouvertes
admin-section-retention = Conservation des données
admin-retention-hint = Nombre de jours pendant lesquels les données personnelles (nom, contacts, pièces jointes) d'une plainte terminée (close, rejetée ou retirée) sont conservées. Passé ce délai elles sont effacées ; la plainte et les statistiques restent. Vide : sans limite.
admin-kind = Type
admin-retention-days = Jours de conservation après la fin
admin-retention-none = sans limite
admin-error-retention = Indiquez un nombre entier de jours entre 1 et 36 500, ou laissez vide pour ne pas limiter.
staff-erase = Effacer les données personnelles
staff-erase-reason = Demande d'effacement du plaignant : comment et quand il l'a faite (enregistré)
staff-erased = Données personnelles effacées le
staff-error-erase-reason = Indiquez comment le plaignant a demandé l'effacement (10 caractères au moins).
history-erase = Données personnelles effacées

## Mode formation
training-banner-title = Mode formation.
training-banner = Rien n'est réel ici : les plaintes sont fictives, aucun message n'est envoyé et rien n'est transmis aux services.
training-inbox-title = Messages retenus
training-inbox-intro = En formation, aucun SMS ni e-mail ne part : voici ceux que les plaignants et le personnel auraient reçus, du plus récent au plus ancien.
training-inbox-empty = Aucun message pour l'instant.
training-inbox-email = E-mail

## Affiches des lieux de service et portée des campagnes (posters)
file-service-point = Vous vous plaignez de : { $name } ({ $commune })
file-service-point-no-commune = Vous vous plaignez de : { $name }
file-service-point-gone = Le lieu de service de cette affiche n'existe plus dans Redress. Vous pouvez tout de même déposer votre plainte ci-dessous.
sp-kind-school = École
sp-kind-health_centre = Centre de santé
sp-kind-court = Tribunal
sp-kind-directorate = Direction
sp-kind-office = Bureau
poster-heading = Un problème avec ce service public ? Plaignez-vous : c'est gratuit.
poster-web = Par Internet : scannez ce code avec votre téléphone, ou ouvrez l'adresse :
poster-sms = Par SMS : écrivez votre problème au { $number }. Par exemple :
poster-sms-example = « On m'a fait payer une consultation qui devait être gratuite. »
poster-ussd = Par USSD, sans Internet : composez { $code }
poster-phone = Par téléphone : appelez le { $number }
poster-deadline = La loi oblige le service à vous répondre dans les { $days } jours.
poster-deadline-working = La loi oblige le service à vous répondre dans les { $days } jours ouvrables.
poster-protection = Vous signalez de la corruption ? Votre identité est protégée : elle n'est jamais donnée au service mis en cause, et vous pouvez rester anonyme.
posters-title = Affiches
posters-intro = Une affiche par lieu de service, en français et dans une langue nationale : son code QR ouvre le formulaire de plainte avec ce lieu déjà choisi. Imprimez une affiche, ou toutes celles d'une région en un seul PDF.
posters-region = Région
posters-lang = Langue à côté du français
posters-lang-none = Français seulement
posters-show = Afficher
posters-region-pdf = Toutes les affiches de la région (PDF)
posters-code = Code
posters-name = Nom
posters-kind = Type
posters-unit = Unité qui répond
posters-commune = Commune
posters-address = Adresse
posters-status = État
posters-active = en service
posters-removed = retiré
posters-print = Page à imprimer
posters-pdf = PDF
posters-none = Aucun lieu de service dans cette région.
posters-add-title = Ajouter ou modifier un lieu de service
posters-add-hint = Un code existant est modifié ; un nouveau code ajoute un lieu.
posters-save = Enregistrer le lieu
posters-remove = Retirer
posters-print-hint = Imprimez cette page avec la commande Imprimer du navigateur (format A4), ou téléchargez le PDF.
posters-campaigns-title = Campagnes d'affichage
posters-campaign-date = Date de pose des affiches
posters-campaign-label = Libellé
posters-campaign-everywhere = Tout le pays
posters-campaign-add = Enregistrer la campagne
posters-campaign-none = Aucune campagne enregistrée.
posters-error-code = Le code d'un lieu de service compte 2 à 40 caractères : majuscules, chiffres ou tirets.
posters-error-fields = Indiquez le nom, le type et l'unité qui répond ; la commune, si elle est donnée, doit exister.
posters-error-date = Indiquez la date au format AAAA-MM-JJ, et une région qui existe ou aucune.
posters-error-label = Donnez un libellé à la campagne.
reach-title = Portée de la campagne d'affichage
reach-campaign = Campagne « { $label } » commencée le { $date }
reach-none = Aucune campagne d'affichage n'est enregistrée : les administrateurs la datent sur la page Affiches.
reach-days = Jours comparés de chaque côté
reach-show = Afficher
reach-before = Avant
reach-after = Après
reach-period = { $from } – { $to }
reach-by-channel = Par canal
reach-by-service-point = Par lieu de service (code QR des affiches)
reach-by-week = Par semaine
reach-channel = Canal
reach-service-point = Lieu de service
reach-week = Semaine
reach-complaints = Plaintes
reach-from-qr = dont depuis un code QR
reach-total = Total
reach-chart = Pour chaque semaine, toutes les plaintes reçues et, en seconde barre, celles déposées depuis le code QR d'une affiche ; ▸ marque la semaine où la campagne commence.
reach-chart-title = Plaintes par semaine autour de la campagne
