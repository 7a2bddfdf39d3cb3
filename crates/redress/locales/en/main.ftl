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
home-how-sms-number = By SMS to { $number }, from any phone: write your complaint in a few words, or HELP.
home-how-ussd-code = By USSD: dial { $code }, no internet needed.
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
field-attachment-shrunk = Photo made smaller: { $before } → { $after }
field-attachment-kb = { $n } KB
field-attachment-mb = { $whole }.{ $tenth } MB
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
error-secret-locked = Too many secret code attempts for this complaint: following it with the secret is locked for up to an hour, from every connection. The tracking code alone still shows where the complaint stands. If you lost the secret: send the tracking code by SMS from the phone that filed the complaint, or go to the service with this code.
error-cross-site = This form was sent from another site, so it was refused. Open the page again on this site and try again.
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
notify-receipt-sms = Complaint registered. Tracking code: { $code }. Answer by { $answer }. Follow: STATUS { $code }
notify-receipt-subject = Complaint { $code } registered
notify-accepted-sms = Your complaint { $code } is accepted and sent to the office in charge. Answer by { $answer }. Follow: STATUS { $code }
notify-accepted-subject = Complaint { $code } accepted
notify-rejected-sms = Your complaint { $code } was not accepted: { $reason }
notify-rejected-subject = Complaint { $code } not accepted
notify-transferred-sms = Your complaint { $code } was sent to the office that must answer it. Follow: STATUS { $code }
notify-transferred-subject = Complaint { $code } transferred
notify-answered-sms = Your complaint { $code } has an answer. To read it, reply READ { $code }
notify-answered-subject = Answer to your complaint { $code }
notify-appeal-closed-sms = Your appeal on complaint { $code } was reviewed. Follow: STATUS { $code }. Reason: { $reason }
notify-appeal-closed-subject = Appeal on complaint { $code } reviewed
notify-appeal-reopened-sms = Your appeal on complaint { $code } is accepted: it is being handled again. Follow: STATUS { $code }
notify-appeal-reopened-subject = Appeal on complaint { $code } accepted
notify-assigned-sms = Complaint { $code } ({ $category }) is assigned to you. Answer due by { $answer }.
notify-assigned-subject = Complaint { $code } assigned
notify-footer = Follow the complaint: { $link }
notify-escalated-sms = Complaint { $code } is past its deadline and is raised to you (level { $level }). Answer was due by { $answer }.
notify-escalated-subject = Complaint { $code } is late (level { $level })
notify-extended-sms = The answer deadline of your complaint { $code } is extended to { $answer }. Follow: STATUS { $code }. Reason: { $reason }
notify-extended-subject = Complaint { $code }: deadline extended
history-extend = Answer deadline extended
receipt-sms = Your tracking code is also sent to you by SMS at { $phone }.
receipt-follow-sms = To follow it by SMS, send "STATUS { $code }" followed by your secret code to { $number }.

## Staff area
staff-title = Redress — staff
staff-logout = Sign out
staff-login-title = Staff sign-in
staff-password = Password
staff-login-submit = Sign in
staff-login-wrong = Wrong e-mail or password. After 5 failed tries, signing in from this place is blocked for 15 minutes.
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
staff-guide-title = Response guide
staff-guide-version = Version
staff-guide-procedure = Procedure to follow
staff-guide-template = Answer template
staff-guide-save = Save a new version
staff-guide-history = Versions
staff-guide-placeholders = In templates: {"{"}name{"}"} (complainant's name, empty when protected), {"{"}code{"}"}, {"{"}received{"}"} (date received), {"{"}answer_by{"}"} (deadline), {"{"}unit{"}"} (unit).
staff-handbook-title = Staff handbook
staff-handbook-intro = How Redress works and what the law expects of you, topic by topic. Each page where a complaint is handled links here to the step at hand.
staff-handbook-for-role = For your role
staff-handbook-other = Other topics
staff-handbook-untranslated = This text awaits a native translator: it is shown in French until then.
staff-handbook-back = All handbook topics
staff-handbook-help = Handbook: { $action }
staff-handbook-deadlines-link = How deadlines are counted
staff-handbook-reveal-link = Protecting a denunciation's author
staff-handbook-answers-link = Writing a good answer
staff-reveal = Reveal the identity
staff-reveal-reason = Reason for seeing the identity (recorded)
staff-error-reveal-reason = State why the identity is needed (10 characters at least).
history-reveal_identity = Identity revealed
staff-view-soon = Due within a day
staff-password-title = Change my password
staff-password-hint = 12 characters at least. After the change, sign in again.
staff-password-current = Current password
staff-password-new = New password
staff-password-confirm = New password (again)
staff-password-submit = Change the password
staff-password-wrong = The current password is wrong.
staff-password-short = The new password needs 12 characters at least.
staff-password-mismatch = The two new passwords differ.
staff-users-title = Staff accounts
staff-users-actions = Actions
staff-users-add = Add an account
staff-users-reset = Set a new password
staff-users-disable = Disable
staff-users-enable = Enable
staff-user-exists = An account with this e-mail exists.
staff-role = Role
channel-web = Web form
channel-sms = SMS
channel-ussd = USSD
channel-api = API
channel-email = E-mail
channel-open311 = Open311
staff-filter-department = Ministry
staff-filter-region = Region
staff-filter-province = Province
staff-filter-commune = Commune
staff-filter-from = Received from
staff-filter-to = Received until
staff-filter-more = More filters
staff-filter-ignored = An unknown filter was ignored: { $field } = “{ $value }”.
staff-sort = Sort
staff-sort-newest = Newest first
staff-sort-oldest = Oldest first
staff-sort-deadline = Nearest answer deadline first
history-duplicate = Linked to an earlier complaint about the same problem
staff-action-duplicate = Link as a duplicate
staff-duplicate-code = Code of the earlier complaint about the same problem
staff-duplicate-of = Duplicate of
staff-duplicates = Linked duplicates
staff-error-duplicate = Cannot link: check the code (a complaint of your units that is not itself a duplicate); a complaint is linked only once.
admin-title = Reference data
admin-section-categories = Deadlines by subject
admin-section-units = Units
admin-section-routing = Routing
admin-section-holidays = Public holidays
admin-section-log = Change log
admin-count-calendar = calendar days
admin-count-working = working days
admin-level-ministry = Ministry
admin-level-directorate = Directorate
admin-level-regional = Regional directorate
admin-level-facility = Facility
admin-level-complaints_cell = Complaints cell
admin-categories-hint = Each subject's legal deadlines: acknowledge (accept or reject), then answer. They apply to complaints received after saving.
admin-ack = Acknowledgement
admin-answer = Answer
admin-extendable = Extendable once
admin-save = Save
admin-code = Code
admin-name-fr = Name in French
admin-name-en = Name in English
admin-level = Level
admin-parent = Under
admin-unit-add = Add a unit
admin-unit-rename = Rename a unit
admin-routing-hint = Complaints of a subject (or of a whole ministry) in a place go to the unit given; the most specific rule wins. Without a rule: the ministry's regional directorate, else its complaints cell.
admin-none = No rule: the default routing applies.
admin-subject = Subject
admin-place = Place
admin-anywhere = Anywhere
admin-delete = Delete
admin-rule-add = Add a rule
admin-or-department = Or a whole ministry
admin-or-province = Or a province
admin-or-commune = Or a commune
admin-holidays-hint = Days left out of working-day deadlines. Rule: MM-DD every year, YYYY-MM-DD once (Muslim feasts, entered each year), easter+N (N days after Easter).
admin-rule = Rule
admin-holiday-add = Add a holiday
admin-log-hint = Every change to reference data and accounts, chained and checked by “redress audit verify”. The newest 200.
admin-when = When
admin-who = Who
admin-what = What
admin-details = Details
admin-error-subject = Choose a subject or a ministry, not both.
admin-error-place = Choose at most one place: a region, a province or a commune.
admin-error-unit = This unit does not exist or does not belong to the subject's ministry.
admin-error-holiday = Invalid rule (MM-DD, YYYY-MM-DD or easter+N, with a real date) or a name missing in French or English.
admin-error-days = Deadlines are 0 to 365 days, in calendar or working days, and the answer cannot come before the acknowledgement.
admin-error-new-unit = Invalid code (3 to 30 capitals, digits or dashes), unknown parent unit or region, or a name missing in French or English.
admin-error-duplicate = This already exists.
admin-error-missing = This does not exist (any more).
staff-2fa-title = Two-step sign-in
staff-2fa-code = 6-digit code from your authenticator app
staff-2fa-submit = Confirm
staff-2fa-wrong = Wrong or already used code.
staff-2fa-expired = The first step of signing in has expired: start again.
staff-2fa-on = Two-step sign-in is on: each time you sign in, a code from your authenticator app is asked for after the password.
staff-2fa-off = Two-step sign-in is not on for your account.
staff-2fa-setup = Add this account to an authenticator app (with the key or the link below), then type the code it shows.
staff-2fa-secret = Key to type:
staff-2fa-link = Open in the authenticator app
staff-2fa-enable = Turn on two-step sign-in
staff-2fa-disable = Turn off two-step sign-in
staff-2fa-not-for-role = Two-step sign-in is offered to admins and supervisors.
staff-users-totp-off = Remove two-step sign-in (lost phone)
staff-error-field-assignee = This address is not that of an active staff member who handles this unit's complaints.
staff-error-field-unit = Choose a unit that exists and does not already have the complaint.
staff-error-field-action = Fill in the field this action needs (reason, message or note), in 10,000 characters at most.

## Department to be routed
dept-GEN = To be routed
history-classify = Department chosen by the complainant
history-describe = More of the description sent by the complainant

## SMS and USSD
sms-words-status = STATUS, TRACK
sms-words-answer = ANSWER, READ
sms-words-add = ADD, MORE
sms-words-withdraw = WITHDRAW, CANCEL
sms-words-rate = RATE, SCORE
sms-words-appeal = APPEAL
sms-words-stop = STOP, UNSUBSCRIBE
sms-words-start = START, RESUME
sms-words-help = HELP, MENU
sms-cat-EDU-FEES = Illicit fees
sms-cat-EDU-ABSENCE = Teacher absent
sms-cat-EDU-EXAMS = Exams
sms-cat-EDU-CANTEEN = Canteen
sms-cat-EDU-VIOLENCE = Violence
sms-cat-EDU-DOCS = School documents
sms-cat-SAN-FEES = Illicit payments
sms-cat-SAN-FREECARE = Free care
sms-cat-SAN-ABSENCE = Staff absent
sms-cat-SAN-STOCKOUT = Medicines out of stock
sms-cat-SAN-WAIT = Long wait
sms-cat-SAN-RECEPTION = Poor reception
sms-cat-FP-EXAMS = Competitive exams
sms-cat-FP-CAREER = Career, salary
sms-cat-FP-DOCS = Official documents
sms-cat-FP-CORRUPTION = Corruption
sms-cat-FP-ABSENCE = Absent staff
sms-cat-FP-RECEPTION = Poor reception
sms-cat-JUS-DELAY = Slow proceedings
sms-cat-JUS-FILES = Access to files
sms-cat-JUS-CORRUPTION = Corruption
sms-cat-JUS-DOCS = Criminal record, nationality
sms-cat-JUS-DETENTION = Detention
sms-cat-JUS-RECEPTION = Reception, information
sms-cat-GEN-OTHER = Other
sms-filed = Complaint registered. Code { $code } secret { $secret }. Answer by { $answer }.
sms-choose-department = Which service? { $list }
sms-choose-category = { $department }: { $list }
sms-choice-unknown = Unknown choice. { $list }
sms-classified = Complaint { $code }: { $category }. Answer by { $answer }. To add more: ADD text.
sms-described = Added to complaint { $code }.
sms-no-choice = No list is waiting for a choice. Send HELP to know what to write.
sms-empty = Empty message. Describe your problem in a few words, or send HELP.
sms-too-short = Describe the problem in one sentence at least: the service, the place, what happened.
sms-too-long = Complaint { $code } is full (5000 characters). Send the rest with ADD { $code } text.
sms-help = Describe your problem in one SMS. STATUS: follow. READ: the answer. ADD text. RATE 1 to 5. APPEAL reason. WITHDRAW. STOP.
sms-status = Complaint { $code }: { $status }. Answer by { $answer }.
sms-status-answered = Complaint { $code }: answered. To read the answer, send READ { $code }.
sms-no-answer-yet = Complaint { $code } has no answer yet. Answer by { $answer }.
sms-answer = Answer { $code }: { $message }
sms-not-found = No complaint from this number with this code. From another phone, send the code then the secret.
sms-no-complaint = No complaint was sent from this number. Describe your problem to file one.
sms-added = Information added to complaint { $code }.
sms-add-usage = Write ADD then the text to add.
sms-withdrawn = Complaint { $code } is withdrawn.
sms-rated = Thank you. Score { $score }/5 recorded for complaint { $code }.
sms-rate-usage = Write RATE then a number from 1 to 5.
sms-appealed = Appeal recorded for complaint { $code }. It will be reviewed.
sms-appeal-usage = Write APPEAL then the reason for your appeal (10 characters at least).
sms-stopped = You will no longer receive messages about your complaints. To resume, send START.
sms-started = You will receive messages about your complaints again.
sms-not-now = Not possible for complaint { $code }: it is { $status }.
sms-already-rated = Complaint { $code } already has a score.
sms-appeal-window-closed = The appeal period of complaint { $code } ended on { $date }.
sms-locked = Too many secret attempts for this complaint. Try again in an hour, or send the code from the phone that filed it.
sms-try-again = The complaint changed meanwhile. Send your message again.
sms-too-many = Too many messages in a short time. What was received is kept. Try again in an hour.
sms-unavailable = Service unavailable for now. Send your message again later.
notify-part-sms = { $text }
notify-part-subject = { $text }

## USSD (screens of 160 characters at most)
ussd-main =
    Complaints about public services
    1 File a complaint
    2 Follow a complaint
    3 Legal deadlines
    4 Protect your identity
    5 Language
ussd-nav = 0 Back 00 Home
ussd-more = More
ussd-title-kind = Type:
ussd-kind-complaint = Complaint
ussd-kind-denunciation = Report of corruption
ussd-kind-suggestion = Suggestion
ussd-kind-compliment = Compliment
ussd-kind-information_request = Request for information
ussd-title-department = Service concerned:
ussd-title-category = Subject:
ussd-title-region = Region:
ussd-title-commune = Commune:
ussd-ask-description =
    Describe the problem: place, date, what happened (500 characters at most).
    0 Back
ussd-confirm =
    Send? { $kind }, { $category }, { $commune }
    1 Yes
    2 No
    0 Back
ussd-ask-code =
    Tracking code (e.g. 7KQ2-M9XD-4RB):
    0 Back
ussd-ask-secret =
    8-digit secret code:
    0 Back
ussd-deadlines = Acknowledgement within { $ack } working days, answer within { $answer } days (2019 decree). When late, the complaint goes up to a superior.
ussd-identity = For a report of wrongdoing, your identity is hidden from staff. Only an authorised person may see it, for a written reason that is recorded.
ussd-cancelled = Nothing was sent. To start again, dial { $code }.
ussd-invalid = Invalid choice.
ussd-expired = Session expired. Dial { $code } again.
ussd-filed = Complaint registered. Code { $code } secret { $secret }. Answer by { $answer }. An SMS confirms it.
ussd-not-filed = The complaint could not be registered. Try again, or send it by SMS.
ussd-not-found = No complaint with this code and secret.
ussd-answered =
    Complaint { $code }: answered. "{ $start }"
    1 Whole answer by SMS
    00 Home
ussd-answer-sent = The answer is being sent to you by SMS.

## Open311
open311-notice = Complaint registered: answer by { $answer }.

## Public statistics
stats-title = Complaint statistics
stats-intro = How many complaints each ministry and region receives, and how it answers them. Figures by month received, kept up to date with every change; nothing in them identifies who complained.
stats-filter-department = Ministry
stats-filter-region = Region
stats-filter-from = From month
stats-filter-to = to month
stats-filter-submit = Show
stats-all = All
stats-no-region = No commune
stats-scorecard = Answers on time, by ministry
stats-col-ministry = Ministry
stats-this-month = This month
stats-last-month = Last month
stats-trend = Trend
stats-trend-up = up
stats-trend-down = down
stats-trend-same = steady
stats-by-department = By ministry
stats-by-category = By subject
stats-by-region = By region
stats-by-month = By month received
stats-col-received = Received
stats-col-answered = Answered
stats-col-on-time = On time
stats-col-late = Late
stats-col-median = Days (median)
stats-col-p90 = Days (9 in 10)
stats-col-satisfaction = Satisfaction
stats-col-appeals = Appeals
stats-chart-description = Light bar: complaints received; dark bar: complaints answered on time. The exact figures are in the table that follows.
stats-definitions-title = How to read these figures
stats-definitions = A complaint counts in the month it was received. Answered: it got a first answer; on time: before the deadline in force then; late: answered after it, or still open and already past it. Days: from the day received to the day of the first answer (median, and the time kept for 9 complaints in 10). Satisfaction: the mean of the 1 to 5 ratings complainants gave.
stats-audit-title = Tamper-evident record
stats-audit-text = Every step of every complaint is chained to the one before by a fingerprint. Note the fingerprint below: later, anyone can check with this command that the record has only grown since.
stats-error-department = This ministry does not exist.
stats-error-region = This region does not exist.
stats-error-month = A month is written YYYY-MM, for example 2026-03.
stats-error-period = The first month must come before the second.

## Open data
open-data-title = Open data
open-data-intro = The complaints and the statistics, to download and reuse freely, without any personal data.
open-data-complaints = The complaints, one line each:
open-data-aggregates = The figures by month, ministry, subject, region and kind:
open-data-dictionary = The data dictionary
open-data-audit = The record's fingerprint, to check later that it was not rewritten:
open-data-privacy-title = What is never in them
open-data-privacy = No name, phone, e-mail, description or answer; denunciations are counted only in the aggregates.
open-data-small-count = Small-count rule: the place is given down to the commune only if at least 5 complaints of the same subject were received there that month; otherwise the province, otherwise the region, otherwise no place. A group of the aggregates with fewer than 5 complaints shows no figures.

## Staff dashboard
staff-home-title = Dashboard
staff-home-all = Total
staff-home-soon = Due within a day
staff-home-late = Late
staff-home-on-time = Answers on time —
staff-home-chart = Light bar: the unit's complaints; dark bar: those that are late. The exact figures are in the table.
staff-publish-answer = Publish the answer in the open data (addresses, phones and the complainant's name removed)
history-publish_answer = Answer published in the open data
admin-section-retention = Data retention
admin-retention-hint = How many days the personal data (name, contacts, attachments) of a complaint that ended (closed, rejected or withdrawn) is kept. After that it is erased; the complaint and the statistics stay. Empty: no limit.
admin-kind = Kind
admin-retention-days = Days kept after the end
admin-retention-none = no limit
admin-error-retention = Give a whole number of days from 1 to 36,500, or leave it empty for no limit.
staff-erase = Erase the personal data
staff-erase-reason = The complainant's erasure request: how and when they made it (recorded)
staff-erased = Personal data erased on
staff-error-erase-reason = Say how the complainant asked for the erasure (10 characters at least).
history-erase = Personal data erased

## Training mode
training-banner-title = Training mode.
training-banner = Nothing here is real: the complaints are made up, no message is sent and nothing reaches the services.
training-inbox-title = Held messages
training-inbox-intro = In training no SMS or e-mail goes out: here are those complainants and staff would have received, newest first.
training-inbox-empty = No message yet.
training-inbox-email = E-mail
