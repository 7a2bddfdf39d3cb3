# Redress — English catalogue (BCP 47: en).
# Translated from fr/main.ftl. French is the fallback, string by string.
# Plain English for readers with little schooling: short sentences, common words.
# test-french-only is left out on purpose: it exists only in French (fallback test).

## Commun
site-name = Redress
site-tagline = Complaints about public services
skip-link = Skip to content
lang-label = Language
nav-home = Home
nav-file = Make a complaint
nav-track = Track a complaint
nav-privacy = Privacy and anonymity
required-mark = (required)
optional-mark = (optional)

## Secteurs
dept-EDU = Education
dept-SAN = Health
dept-FP = Civil service
dept-JUS = Justice

## Accueil
home-title = Report a problem with a public service
home-intro = Did a school, a health centre, a court or a government office not serve you well? Tell us. We record your complaint and send it to the office in charge. Then you get an answer.
home-departments = Four sectors are covered:
home-cta-file = Make a complaint
home-cta-track = Track my complaint
home-how-title = How to make a complaint
home-how-web = On this website, with a simple form.
home-how-sms = By SMS, from any phone. Use the number shown in public offices.
home-how-ussd = By USSD, with no internet. Dial the code shown in public offices.
home-how-phone = By phone or at the counter. A staff member records your complaint for you.
home-next-title = What happens next
home-next-1 = You get a tracking code and a secret code.
home-next-2 = We check your complaint. Then we give it to the office in charge.
home-next-3 = You get an answer within { $days } days.
home-next-4 = You can rate the answer. If you are not happy with it, you can appeal.
home-anonymous = You can make a complaint without giving your name.

## Formulaire de plainte
file-title = Make a complaint
file-intro = You must fill in the fields marked "required". The other fields are optional.
field-kind = Type of request
kind-complaint = Complaint
kind-denunciation = Report of wrongdoing (corruption, abuse)
kind-suggestion = Suggestion
kind-compliment = Compliment
kind-information_request = Request for information
field-category = Subject
field-category-choose = — Choose a subject —
field-commune = Commune where it happened
field-commune-none = — I don't know / another place —
field-address = Exact place (school, health centre, office…)
field-description = Tell us what happened
field-description-hint = What, when, where, who. Between { $min } and { $max } characters.
field-attachment = Photo or document
field-attachment-hint = JPEG, PNG, WebP or PDF. 3 MB at most.
field-anonymous = I want to stay anonymous. I do not give my name or my contact details.
contact-legend = Your contact details
contact-hint = To get news about your complaint by SMS or by email.
field-name = Name
field-phone = Phone
field-phone-hint = 8 digits, for example 70 12 34 56.
field-email = Email
field-consent = I agree that this information is used to handle my complaint. It is protected. Only the staff in charge of my complaint can see it.
field-honeypot = Do not fill in this field
file-submit = Send the complaint
errors-title = The form has errors:

## Erreurs
error-missing_category = Choose a subject from the list.
error-unknown_category = Choose a subject from the list.
error-unknown_commune = Choose a commune from the list.
error-unknown_kind = Choose a type of request from the list.
error-description_too_short = The description is too short. Write at least { $min } characters.
error-description_too_long = The description is too long. Write { $max } characters at most.
error-invalid_phone = The number must have 8 digits, for example 70 12 34 56.
error-invalid_email = This email address is not valid.
error-anonymous_with_identity = An anonymous complaint has no name, no phone and no email. Untick "anonymous", or empty these fields.
error-consent = Tick this box so that we can handle your complaint.
error-attachment_type = We only accept photos (JPEG, PNG, WebP) and PDF documents.
error-attachment_too_large = The file is bigger than 3 MB.
error-attachment_not_saved = We could not save the file. Try again.
error-too_long = This text is too long.
error-invalid = This value is not valid.
error-form-expired = The form has expired, or it was sent from another page. Check your information and send it again.
error-rate-limited = Too many requests from this connection. Try again in a few minutes.
error-server = Something went wrong on our side. Try again later.
error-page-title = Error
error-not-found = This page does not exist.
error-bot = We could not accept what you sent.

## Récépissé
receipt-title = Your complaint is recorded
receipt-code = Tracking code
receipt-secret = Secret code
receipt-once = Write down these two codes now. You will not see them again. With the secret code, you can see the answers and act on your complaint. Do not give it to anyone.
receipt-next = We will look at your complaint by { $ack } at the latest. You will get an answer by { $answer } at the latest.
receipt-track = Track my complaint
receipt-missing = This receipt is no longer available. Use your tracking code to follow your complaint.

## Suivi
track-title = Track a complaint
track-intro = Enter the tracking code you got when you made your complaint. Add your secret code to see the answers and act on your complaint.
field-code = Tracking code
field-code-hint = 11 characters, for example 7KQ2-M9XD-4RB.
field-secret = Secret code
field-secret-hint = 8 digits.
track-submit = Track
error-invalid_tracking_code = This tracking code has a typing mistake. Check each character.
error-unknown_tracking_code = No complaint has this code.
error-wrong_secret = The secret code does not match this complaint.

## Détail d'une plainte
detail-title = Complaint { $code }
detail-status = Status
status-received = Received
status-accepted = Accepted
status-assigned = Given to a staff member
status-in_progress = Being handled
status-answered = Answered
status-appealed = Under appeal
status-closed = Closed
status-rejected = Rejected
status-withdrawn = Withdrawn
detail-received-at = Received on
detail-ack-by = Review due by
detail-answer-by = Answer due by
detail-late = Past the deadline
detail-on-time = On time
detail-category = Subject
detail-description = Your complaint
detail-attachments = Attached files
detail-history = History
history-received = Complaint received
history-accept = Complaint accepted
history-reject = Complaint rejected
history-transfer = Sent to another office
history-start = Work started
history-answer = Answer
history-appeal = Appeal
history-close = Complaint closed
history-withdraw = Complaint withdrawn
history-reply = Your added information
history-assign = Given to a staff member
detail-secret-prompt = Enter your secret code to see the answers and act on your complaint.
reply-title = Add information
field-reply = Your message
reply-submit = Send
rate-title = Rate the answer
field-score = Score, from 1 (very bad) to 5 (very good)
field-rate-comment = Comment
rate-submit = Send my score
rated = Thank you. You have rated this answer.
appeal-title = Appeal
appeal-intro = If you are not happy with the answer, you can appeal until { $date }.
field-appeal = Why do you disagree with the answer?
appeal-submit = Appeal
withdraw-title = Withdraw my complaint
withdraw-intro = If the problem is solved, you can withdraw your complaint. You cannot undo this.
withdraw-submit = Withdraw my complaint
forget-submit = Forget this complaint on this device
error-not_allowed_now = You can no longer do this for this complaint.
error-already_rated = You have already rated this answer.
error-appeal_window = The time to appeal is over.
error-score = Choose a score from 1 to 5.
error-missing_text = Write your message.

## Vie privée
privacy-title = Privacy and anonymity
privacy-anonymous = You can make a complaint without giving your name or your contact details. Then keep your tracking code and your secret code safe. They are the only way to follow your complaint.
privacy-protected = If you give your name, your phone or your email, we encrypt them in our database. Only the staff in charge of your complaint can see them.
privacy-denunciation = For a report of wrongdoing (corruption, abuse), your identity is hidden, even from the staff. Only an authorised person can see it, and only for a written reason. Each time, this is recorded.
privacy-secret = We never keep the secret code in readable form, so nobody can give it back to you. Do not share it with anyone.
privacy-shared-phone = On a shared phone, press the button "Forget this complaint on this device" when you are done.
privacy-statistics = The statistics we publish contain no data that could identify you.

## Notifications (SMS: 160 characters at most)
notify-receipt-sms = Complaint registered. Tracking code: { $code }. Answer by { $answer }. Keep your secret code safe.
notify-receipt-subject = Complaint { $code } registered
notify-accepted-sms = Your complaint { $code } is accepted and sent to the office in charge. Answer by { $answer }.
notify-accepted-subject = Complaint { $code } accepted
notify-rejected-sms = Your complaint { $code } was not accepted: { $reason }
notify-rejected-subject = Complaint { $code } not accepted
notify-transferred-sms = Your complaint { $code } was sent to the office that must answer it.
notify-transferred-subject = Complaint { $code } transferred
notify-answered-sms = Your complaint { $code } has an answer. Read it with your secret code on the website or at the counter.
notify-answered-subject = Answer to your complaint { $code }
notify-appeal-closed-sms = Your appeal on complaint { $code } was reviewed: { $reason }
notify-appeal-closed-subject = Appeal on complaint { $code } reviewed
notify-appeal-reopened-sms = Your appeal on complaint { $code } is accepted: it is being handled again.
notify-appeal-reopened-subject = Appeal on complaint { $code } accepted
notify-assigned-sms = Complaint { $code } ({ $category }) is assigned to you. Answer due by { $answer }.
notify-assigned-subject = Complaint { $code } assigned
notify-footer = Follow the complaint: { $link }
notify-escalated-sms = Complaint { $code } is past its deadline and is raised to you (level { $level }). Answer was due by { $answer }.
notify-escalated-subject = Complaint { $code } is late (level { $level })
notify-extended-sms = The answer deadline of your complaint { $code } is extended to { $answer }: { $reason }
notify-extended-subject = Complaint { $code }: deadline extended
history-extend = Answer deadline extended
receipt-sms = Your tracking code is also sent to you by SMS at { $phone }.

## Staff area
staff-title = Redress — staff
staff-logout = Sign out
staff-login-title = Staff sign-in
staff-password = Password
staff-login-submit = Sign in
staff-login-wrong = Wrong e-mail or password.
staff-login-locked = Too many tries: the account is locked for 15 minutes.
staff-view-mine = My complaints
staff-view-all = All (my scope)
staff-view-triage = To triage
staff-view-late = Late
staff-view-appealed = Appealed
staff-queue-title = Complaints
staff-search = Search the descriptions
staff-search-submit = Search
staff-queue-empty = No complaints here.
staff-unit = Unit
staff-assignee = Assigned to
staff-due = Due
staff-place = Place
staff-complainant = Complainant
staff-escalation = Escalation level
staff-words = The complainant's words
staff-actions = Possible actions
staff-no-actions = No action is open to you in this state.
staff-assign-to = Assign to (staff e-mail)
staff-transfer-to = Transfer to unit
staff-answer-text = Answer to the complainant
staff-reason = Reason
staff-note = Internal note (never shown to the complainant)
staff-action-accept = Accept
staff-action-reject = Reject
staff-action-assign = Assign
staff-action-start = Start handling
staff-action-answer = Send the answer
staff-action-close = Close
staff-action-transfer = Transfer
staff-action-note = Add the note
staff-action-extend = Extend the deadline
staff-identity-protected = Identity protected (denunciation)
staff-anonymous = Anonymous
staff-error-forbidden = You may not take this action.
staff-error-conflict = This action is not possible now.
staff-error-invalid = A required field is missing or not valid.
role-admin = admin
role-supervisor = supervisor
role-officer = officer
role-intake = intake
role-auditor = auditor
history-escalate = Late alert
history-note = Internal note
history-rate = Complainant's rating
staff-intake-title = Register a complaint
staff-intake-submit = Register the complaint
staff-intake-another = Register another complaint
staff-channel = Received by
staff-citizen-language = Complainant's language
staff-receipt-read-out = Read these two codes to the complainant or print this page: they will not be shown again.
channel-phone = Phone
channel-walk_in = At the counter
channel-letter = Letter
