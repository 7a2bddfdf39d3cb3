--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: admin_events_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'admin_events is append-only';
END $$;


--
-- Name: audit_head_follows(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_head_follows() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NULL;
END
$$;


--
-- Name: complaint_events_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.complaint_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'complaint_events is append-only';
END $$;


--
-- Name: complaint_tallies(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.complaint_tallies() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    in_force DATE;
    region TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO complaint_search (complaint_id, body, tsv)
        VALUES (NEW.id, NEW.description, to_tsvector('french', unaccent(NEW.description)));
    END IF;
    -- The dashboard's counts.
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE unit_tally SET n = n - 1
        WHERE unit_code = OLD.unit_code AND status = OLD.status;
        in_force := deadline_in_force(OLD.status, OLD.acknowledge_by, OLD.answer_by);
        IF in_force IS NOT NULL THEN
            UPDATE unit_due SET n = n - 1
            WHERE unit_code = OLD.unit_code AND unit_due.due = in_force;
            DELETE FROM unit_due
            WHERE unit_code = OLD.unit_code AND unit_due.due = in_force AND n = 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO unit_tally (unit_code, status, n) VALUES (NEW.unit_code, NEW.status, 1)
        ON CONFLICT (unit_code, status) DO UPDATE SET n = unit_tally.n + 1;
        in_force := deadline_in_force(NEW.status, NEW.acknowledge_by, NEW.answer_by);
        IF in_force IS NOT NULL THEN
            INSERT INTO unit_due (unit_code, due, n) VALUES (NEW.unit_code, in_force, 1)
            ON CONFLICT (unit_code, due) DO UPDATE SET n = unit_due.n + 1;
        END IF;
    END IF;
    -- The reach: by the unit that holds the complaint.
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.unit_code IS DISTINCT FROM NEW.unit_code)
    THEN
        SELECT p.region_code INTO region FROM communes cm
        JOIN provinces p ON p.code = cm.province_code WHERE cm.code = OLD.commune_code;
        UPDATE intake_days SET n = n - 1
        WHERE day = to_char(OLD.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
          AND unit_code = OLD.unit_code AND region_code = COALESCE(region, '')
          AND channel = OLD.channel
          AND service_point_code = COALESCE(OLD.service_point_code, '');
        DELETE FROM intake_days
        WHERE day = to_char(OLD.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
          AND unit_code = OLD.unit_code AND n = 0;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND OLD.unit_code IS DISTINCT FROM NEW.unit_code)
    THEN
        SELECT p.region_code INTO region FROM communes cm
        JOIN provinces p ON p.code = cm.province_code WHERE cm.code = NEW.commune_code;
        INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
        VALUES (to_char(NEW.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), NEW.unit_code,
                COALESCE(region, ''), NEW.channel, COALESCE(NEW.service_point_code, ''), 1)
        ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
        DO UPDATE SET n = intake_days.n + 1;
    END IF;
    RETURN NULL;
END
$$;


--
-- Name: deadline_in_force(text, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deadline_in_force(status text, acknowledge_by date, answer_by date) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT CASE WHEN status = 'received' THEN acknowledge_by
                WHEN status IN ('accepted', 'assigned', 'in_progress', 'appealed')
                THEN answer_by END
$$;


--
-- Name: stats_rollup_days_follows(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stats_rollup_days_follows() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO stats_rollup_days (month, department, category, region, days, complaints)
    VALUES (NEW.month, NEW.department, NEW.category, NEW.region, NEW.days,
        NEW.complaints - COALESCE(OLD.complaints, 0))
    ON CONFLICT (month, department, category, region, days) DO UPDATE SET
        complaints = stats_rollup_days.complaints + excluded.complaints;
    RETURN NULL;
END
$$;


--
-- Name: stats_rollup_follows(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stats_rollup_follows() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- OLD is null on INSERT: the whole new row is the change.
    INSERT INTO stats_rollup (month, department, category, region, received, answered,
        answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue)
    VALUES (NEW.month, NEW.department, NEW.category, NEW.region,
        NEW.received - COALESCE(OLD.received, 0),
        NEW.answered - COALESCE(OLD.answered, 0),
        NEW.answered_on_time - COALESCE(OLD.answered_on_time, 0),
        NEW.rejected - COALESCE(OLD.rejected, 0),
        NEW.withdrawn - COALESCE(OLD.withdrawn, 0),
        NEW.appeals - COALESCE(OLD.appeals, 0),
        NEW.ratings - COALESCE(OLD.ratings, 0),
        NEW.rating_sum - COALESCE(OLD.rating_sum, 0),
        NEW.overdue - COALESCE(OLD.overdue, 0))
    ON CONFLICT (month, department, category, region) DO UPDATE SET
        received = stats_rollup.received + excluded.received,
        answered = stats_rollup.answered + excluded.answered,
        answered_on_time = stats_rollup.answered_on_time + excluded.answered_on_time,
        rejected = stats_rollup.rejected + excluded.rejected,
        withdrawn = stats_rollup.withdrawn + excluded.withdrawn,
        appeals = stats_rollup.appeals + excluded.appeals,
        ratings = stats_rollup.ratings + excluded.ratings,
        rating_sum = stats_rollup.rating_sum + excluded.rating_sum,
        overdue = stats_rollup.overdue + excluded.overdue;
    RETURN NULL;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _sqlx_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._sqlx_migrations (
    version bigint NOT NULL,
    description text NOT NULL,
    installed_on timestamp with time zone DEFAULT now() NOT NULL,
    success boolean NOT NULL,
    checksum bytea NOT NULL,
    execution_time bigint NOT NULL
);


--
-- Name: admin_audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.admin_audit_head (
    id integer NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    CONSTRAINT admin_audit_head_id_check CHECK ((id = 1))
);


--
-- Name: admin_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.admin_events (
    seq bigint NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    data jsonb NOT NULL,
    at timestamp with time zone NOT NULL,
    hash text NOT NULL
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    token_hash text NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone
);


--
-- Name: attachment_blobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachment_blobs (
    storage_key text NOT NULL,
    sealed bytea NOT NULL
);


--
-- Name: attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachments (
    id bigint NOT NULL,
    complaint_id bigint NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 text NOT NULL,
    storage_key text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: attachments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.attachments ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.attachments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    CONSTRAINT audit_head_id_check CHECK ((id = 1))
);


--
-- Name: categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.categories (
    code text NOT NULL,
    department_code text NOT NULL,
    name_fr text NOT NULL,
    name_en text NOT NULL,
    ack_days integer NOT NULL,
    ack_count text NOT NULL,
    answer_days integer NOT NULL,
    answer_count text NOT NULL,
    extendable boolean NOT NULL,
    CONSTRAINT categories_ack_count_check CHECK ((ack_count = ANY (ARRAY['calendar'::text, 'working'::text]))),
    CONSTRAINT categories_ack_days_check CHECK ((ack_days >= 0)),
    CONSTRAINT categories_answer_count_check CHECK ((answer_count = ANY (ARRAY['calendar'::text, 'working'::text]))),
    CONSTRAINT categories_answer_days_check CHECK ((answer_days >= 0))
);


--
-- Name: communes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.communes (
    code text NOT NULL,
    province_code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    lat double precision,
    long double precision
);


--
-- Name: complaint_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.complaint_events (
    seq bigint NOT NULL,
    complaint_id bigint NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    data jsonb NOT NULL,
    at timestamp with time zone NOT NULL,
    hash text NOT NULL
);


--
-- Name: complaint_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.complaint_search (
    complaint_id bigint NOT NULL,
    body text NOT NULL,
    tsv tsvector NOT NULL
);


--
-- Name: complaints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.complaints (
    id bigint NOT NULL,
    tracking_code text NOT NULL,
    secret_hash text NOT NULL,
    kind text NOT NULL,
    channel text NOT NULL,
    language text NOT NULL,
    category_code text NOT NULL,
    unit_code text NOT NULL,
    commune_code text,
    address text,
    lat double precision,
    long double precision,
    description text NOT NULL,
    anonymous boolean NOT NULL,
    complainant bytea,
    status text NOT NULL,
    assignee_id bigint,
    escalation_level integer DEFAULT 0 NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    received_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    acknowledge_by date NOT NULL,
    answer_by date NOT NULL,
    acknowledged_at timestamp with time zone,
    answered_at timestamp with time zone,
    closed_at timestamp with time zone,
    duplicate_of bigint,
    sender_key text,
    media_url text,
    erased_at timestamp with time zone,
    service_point_code text
);


--
-- Name: complaints_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.complaints ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.complaints_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: departments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.departments (
    code text NOT NULL,
    name_fr text NOT NULL,
    name_en text NOT NULL
);


--
-- Name: guide_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.guide_versions (
    id bigint NOT NULL,
    category_code text NOT NULL,
    version integer NOT NULL,
    procedure text NOT NULL,
    templates jsonb NOT NULL,
    created_by bigint,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: guide_versions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.guide_versions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.guide_versions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: holidays; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.holidays (
    rule text NOT NULL,
    name_fr text NOT NULL,
    name_en text NOT NULL
);


--
-- Name: inbound_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inbound_messages (
    id bigint NOT NULL,
    channel text NOT NULL,
    gateway_id text NOT NULL,
    sender_key text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    limited boolean DEFAULT false NOT NULL,
    reply bytea
);


--
-- Name: inbound_messages_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.inbound_messages_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: inbound_messages_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.inbound_messages_id_seq OWNED BY public.inbound_messages.id;


--
-- Name: intake_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.intake_days (
    day text NOT NULL,
    unit_code text NOT NULL,
    region_code text NOT NULL,
    channel text NOT NULL,
    service_point_code text NOT NULL,
    n bigint NOT NULL
);


--
-- Name: intake_receipts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.intake_receipts (
    key text NOT NULL,
    complaint_id bigint NOT NULL,
    sealed_secret bytea NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: key_rotation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.key_rotation (
    target bigint NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    cursors text DEFAULT '{}'::text NOT NULL
);


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id bigint NOT NULL,
    complaint_id bigint,
    channel text NOT NULL,
    recipient bytea NOT NULL,
    language text NOT NULL,
    template text NOT NULL,
    params jsonb NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    leased_by text,
    last_error text,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT notifications_channel_check CHECK ((channel = ANY (ARRAY['sms'::text, 'email'::text]))),
    CONSTRAINT notifications_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'sent'::text, 'failed'::text])))
);


--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: phone_senders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.phone_senders (
    sender_key text NOT NULL,
    language text,
    stopped boolean DEFAULT false NOT NULL,
    pending_code text,
    pending_step text,
    pending_department text,
    pending_until timestamp with time zone,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: poster_campaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.poster_campaigns (
    id bigint NOT NULL,
    started_on date NOT NULL,
    label text NOT NULL,
    region_code text,
    created_by bigint,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: poster_campaigns_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.poster_campaigns ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.poster_campaigns_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: provinces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provinces (
    code text NOT NULL,
    region_code text NOT NULL,
    name text NOT NULL,
    capital text NOT NULL
);


--
-- Name: recipient_quota; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recipient_quota (
    recipient_key text NOT NULL,
    sent integer NOT NULL,
    window_start timestamp with time zone NOT NULL
);


--
-- Name: regions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.regions (
    code text NOT NULL,
    name text NOT NULL,
    capital text NOT NULL
);


--
-- Name: retention_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.retention_rules (
    kind text NOT NULL,
    keep_days integer NOT NULL,
    CONSTRAINT retention_rules_keep_days_check CHECK (((keep_days >= 1) AND (keep_days <= 36500)))
);


--
-- Name: routing_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.routing_rules (
    id bigint NOT NULL,
    category_code text,
    department_code text,
    region_code text,
    province_code text,
    commune_code text,
    unit_code text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT routing_rules_check CHECK (((category_code IS NULL) <> (department_code IS NULL))),
    CONSTRAINT routing_rules_check1 CHECK ((((((region_code IS NOT NULL))::integer + ((province_code IS NOT NULL))::integer) + ((commune_code IS NOT NULL))::integer) <= 1))
);


--
-- Name: routing_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.routing_rules ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.routing_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: secret_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.secret_attempts (
    complaint_id bigint NOT NULL,
    attempts integer NOT NULL,
    window_start timestamp with time zone NOT NULL,
    locked_until timestamp with time zone
);


--
-- Name: service_points; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_points (
    code text NOT NULL,
    unit_code text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    commune_code text,
    address text,
    removed_at timestamp with time zone,
    CONSTRAINT service_points_kind_check CHECK ((kind = ANY (ARRAY['school'::text, 'health_centre'::text, 'court'::text, 'directorate'::text, 'office'::text])))
);


--
-- Name: sign_in_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_attempts (
    user_id bigint NOT NULL,
    network text NOT NULL,
    attempts integer NOT NULL,
    locked_until timestamp with time zone,
    last_at timestamp with time zone NOT NULL
);


--
-- Name: staff_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff_sessions (
    token_hash text NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: stats_answer_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_answer_days (
    month text NOT NULL,
    department text NOT NULL,
    category text NOT NULL,
    region text NOT NULL,
    kind text NOT NULL,
    days integer NOT NULL,
    complaints bigint DEFAULT 0 NOT NULL
);


--
-- Name: stats_cohorts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_cohorts (
    month text NOT NULL,
    department text NOT NULL,
    category text NOT NULL,
    region text NOT NULL,
    kind text NOT NULL,
    received bigint DEFAULT 0 NOT NULL,
    answered bigint DEFAULT 0 NOT NULL,
    answered_on_time bigint DEFAULT 0 NOT NULL,
    rejected bigint DEFAULT 0 NOT NULL,
    withdrawn bigint DEFAULT 0 NOT NULL,
    appeals bigint DEFAULT 0 NOT NULL,
    ratings bigint DEFAULT 0 NOT NULL,
    rating_sum bigint DEFAULT 0 NOT NULL,
    overdue bigint DEFAULT 0 NOT NULL
);


--
-- Name: stats_rollup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_rollup (
    month text NOT NULL,
    department text NOT NULL,
    category text NOT NULL,
    region text NOT NULL,
    received bigint DEFAULT 0 NOT NULL,
    answered bigint DEFAULT 0 NOT NULL,
    answered_on_time bigint DEFAULT 0 NOT NULL,
    rejected bigint DEFAULT 0 NOT NULL,
    withdrawn bigint DEFAULT 0 NOT NULL,
    appeals bigint DEFAULT 0 NOT NULL,
    ratings bigint DEFAULT 0 NOT NULL,
    rating_sum bigint DEFAULT 0 NOT NULL,
    overdue bigint DEFAULT 0 NOT NULL
);


--
-- Name: stats_rollup_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_rollup_days (
    month text NOT NULL,
    department text NOT NULL,
    category text NOT NULL,
    region text NOT NULL,
    days integer NOT NULL,
    complaints bigint DEFAULT 0 NOT NULL
);


--
-- Name: training_scenarios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_scenarios (
    user_id bigint NOT NULL,
    round integer NOT NULL,
    exercise text NOT NULL,
    complaint_id bigint NOT NULL
);


--
-- Name: training_trainees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_trainees (
    user_id bigint NOT NULL,
    round integer NOT NULL,
    round_started_at timestamp with time zone NOT NULL
);


--
-- Name: unit_due; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_due (
    unit_code text NOT NULL,
    due date NOT NULL,
    n bigint NOT NULL
);


--
-- Name: unit_tally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_tally (
    unit_code text NOT NULL,
    status text NOT NULL,
    n bigint NOT NULL
);


--
-- Name: units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.units (
    code text NOT NULL,
    parent_code text,
    department_code text,
    level text NOT NULL,
    name_fr text NOT NULL,
    name_en text NOT NULL,
    region_code text,
    path text NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    unit_code text,
    password_hash text NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone NOT NULL,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    totp_secret bytea,
    totp_last_step bigint,
    CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['admin'::text, 'supervisor'::text, 'officer'::text, 'intake'::text, 'auditor'::text])))
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.users ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ussd_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ussd_sessions (
    session_id text NOT NULL,
    sender_key text NOT NULL,
    state text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: inbound_messages id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inbound_messages ALTER COLUMN id SET DEFAULT nextval('public.inbound_messages_id_seq'::regclass);


--
-- Data for Name: _sqlx_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (1, 'core', '2026-11-30 21:40:35.210908+00', true, '\xb6e1d9b32dee400d5f11f1f644640057caf92368672b837d685a004d8af41fdb6d0653c06ffeb78905536719308da8d9', 33004326);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (2, 'intake', '2026-11-30 21:40:35.245044+00', true, '\x522d054225b518f06f0d3934ac64a65ccd536bf090cf5a5823e7a537e2f05d62b35ed538c23a254b78e2cb6cefa0c341', 7309564);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (3, 'notifications', '2026-11-30 21:40:35.253134+00', true, '\x5fb4bbb202b26a796fed4d76a5bbb8bfe052e97c7961104d68a77cb431925c273cb60844759d95711d37ed3f5cfa59f5', 6245981);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (4, 'escalation routing', '2026-11-30 21:40:35.260033+00', true, '\x79b060151b9bb18e90555162e94d524256a90ed1dc05155c15a686c102112da1ac6468596f14a4181f69a36c45a17b25', 7152336);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (5, 'staff sessions', '2026-11-30 21:40:35.267849+00', true, '\x51ac580c0166da180e45e9aa9eb1a862b0dfb8215ee498c4b385e95301b777ca7823e4006e835a442a340216e64bfaa5', 4778809);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (6, 'response guide', '2026-11-30 21:40:35.273288+00', true, '\xfd6188862ea1a08f286ca785c4ed0b8d451f4a879a67973eb2a343ae6db35e7457ce58f099b247b4ad92ddf8ba15e95d', 5071986);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (7, 'search', '2026-11-30 21:40:35.27903+00', true, '\xbb9efaf486402392602dab2ad427ded48143708e7a27235b3cdb5e1504242b3971f46615de41686ea50b046e8286b908', 7191098);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (8, 'unit queue index', '2026-11-30 21:40:35.286773+00', true, '\x4874c80e1bca50184b53007f070af8f88f1af9d78b0e38fe0e46f83a25f49bfd4e12cf303551ca3b7a15e9fd719249a0', 2489841);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (9, 'duplicates', '2026-11-30 21:40:35.289708+00', true, '\x8eb2ea0814118bfecbf3cf4a4f60026d0bbf70dedbdf9e38630271696dc8357a69ae16523b0109bf6910ae24e3763cc9', 2290731);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (10, 'admin audit', '2026-11-30 21:40:35.292425+00', true, '\xf8f752b19e92c39ef0d0cbcf7ae4ad2eca26f82cc6ba7ff0fe6482a7fd80c8ea9fc09f81383c99e33c577401435348db', 5206802);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (11, 'queue filter indexes', '2026-11-30 21:40:35.298277+00', true, '\xc66f559f428cce885b23cd242836b41b072a712386b65be416b21e8d58f1d7f5382cf9de56fa57cd67965006eed3ac08', 3551671);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (12, 'totp', '2026-11-30 21:40:35.30246+00', true, '\x59cae79cddc0172df59c1e6e28d3bf22c40285aa87c9a41ffec11b37afde88ce117b485a37ab97bbb08e09cbe24e0703', 1636816);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (13, 'phone channels', '2026-11-30 21:40:35.304685+00', true, '\x313c92ea0b534d8093a5438a2fce8bbf6329c93434fbd408d5289c83bf5188a8433564de906308e5e5d168bbd7774be1', 8888171);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (14, 'open311', '2026-11-30 21:40:35.314214+00', true, '\xb3f332f9381831ad33c43ff941635bccb39c7b1e49480fefd5fa4b9a5878a7ae5fcf3f1aefc6cc912aded0b19bc3d98f', 2197904);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (15, 'stats', '2026-11-30 21:40:35.316949+00', true, '\xbd66da0aeba07d2351a4b9a23f8bda7693c195e202159493fb8fbec9f58c5c38da7c83906e00f6eea8adf2aa86c50b83', 8597695);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (16, 'stats rollup', '2026-11-30 21:40:35.326268+00', true, '\x04c3bd7327002d3540b3ae718df12b00b03fdc87c77c89916723f64df72c49014d4099c21b88732c6f4503de0ea544bf', 5207479);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (17, 'attachment blobs', '2026-11-30 21:40:35.331995+00', true, '\x7c770bb72424ea5a722cc92d2a4b3536cdd5938fb1a4596564a281ec4167775bc417ebde54842a5713b0177b68f8291c', 2731851);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (18, 'retention', '2026-11-30 21:40:35.33519+00', true, '\x5e05eae8fd58de632b5b77b547ac56dbecb957aba651c9f36c60533c9552f9cd85d4c583bc581bfb9f7630af29b12920', 3309462);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (19, 'key rotation', '2026-11-30 21:40:35.338927+00', true, '\x529313834f4ce5caa06572ffe8da7313e1f67318c428b9ad8d7bdd21337ea234462b5e0e884478343c76b56b33a80706', 2475447);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (20, 'attempts', '2026-11-30 21:40:35.341968+00', true, '\x362ff12cc7c9ca2ef03cf1fb25512a437386bd503046ba5998b2c79b5b1b02b02fd47c4a3bd1a2f9a452710bd2bfd1cc', 5500107);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (21, 'training', '2026-11-30 21:40:35.347973+00', true, '\x0dce28c05650997d3c56e0fc7f5a2b86a95fc03ed79f36104715380f28326b8fcdb960e457a1dda46d5d058472381c92', 4450764);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (22, 'service points', '2026-11-30 21:40:35.353054+00', true, '\x4a2459086a8dd69c836da373f6566c463e327825759e80dd147b14d1c3c5b9b26250d668b8b4b5030c16d8aa7aed8e56', 6438319);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (23, 'tallies', '2026-11-30 21:40:35.360067+00', true, '\x96c4d6638711ac5567b433c2b2688c743791f8f2ccea021c00681fb42fb2ae7f387a58ee4d04b59b20cb63a89fa131dc', 8341428);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (24, 'search file', '2026-11-30 21:40:35.368938+00', true, '\xaafddb1cc987e9144e24a334a01edd1db16682302cd14f9227a88c91e77b0a229de39492c667f75068d62a94c5de9498', 1090833);


--
-- Data for Name: admin_audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_audit_head (id, seq, hash) VALUES (1, 34, 'c0a6a5c7cf080829e73423fa920d37a99ab8547a8ecb103c84286f66c9b72872');


--
-- Data for Name: admin_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"id": 1, "name": "Aminata Kaboré", "role": "admin", "unit": null, "email": "admin@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'ab9757d773da5ef4a5562f867e0bdfba89cabd21322d3eec1618b4755b7fc613');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"id": 2, "name": "Jean Zongo", "role": "auditor", "unit": null, "email": "auditeur@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'c48adb1ab7db8d40e38ac7ab60543f5ab6089fc2c55dd4666ca420fb43ef4149');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"id": 3, "name": "Fatimata Diallo", "role": "intake", "unit": "SAN", "email": "accueil.sante@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '67132e3a864bc8b86544ce5bfb53fe7d3d385f4aa8d0d44c384089828444b100');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"id": 4, "name": "Dr Salif Ouédraogo", "role": "supervisor", "unit": "SAN", "email": "superviseur.sante@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'd4e3f10a439976adbf5c94cd5f7f13ce3740c7934ec1371f54ac41541eb16e26');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"id": 5, "name": "Mariam Sawadogo", "role": "officer", "unit": "SAN-BF13", "email": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'fd0c0478ac478aecce77843df0cfbf554ebedcc05d7ffd393ce0dd402686caac');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"id": 6, "name": "Issouf Traoré", "role": "officer", "unit": "SAN-BF53", "email": "agent.sante.guiriko@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '960fc9754c39b3da7abf8c2af32efdbecbcb8562ae4542503dcb01e2dade2e62');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"id": 7, "name": "Paul Compaoré", "role": "supervisor", "unit": "EDU", "email": "superviseur.education@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'd5707ef19a299aa549563609fdd82d072d88482b72f43187d6398cbf3499f0a6');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"id": 8, "name": "Awa Nikiéma", "role": "officer", "unit": "EDU-BF13", "email": "agent.education.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '05a29f1bc4cd8f6e3079e9c592ee23b66d99864501d5106eb83a7044573408db');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"id": 9, "name": "Rasmané Ilboudo", "role": "supervisor", "unit": "FP", "email": "superviseur.fp@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '8e4909ba5fb97de822e46b4dbbd42011145ba551d9c3d85c4cbcb7ff77c93d7e');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"id": 10, "name": "Alizèta Tapsoba", "role": "officer", "unit": "FP-BF13", "email": "agent.fp.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'c9d6c6627e002617342b67a32584b5d1cb83f94d0e8618228defffa7b6efed13');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"id": 11, "name": "Clémentine Somé", "role": "supervisor", "unit": "JUS", "email": "superviseur.justice@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '3d0f9c6749d6053f51107050fdd45771a9fff7a20e4b5a25a6b02edd1c88a69a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (12, 'cli:demo', 'user.add', 'user#12', '{"id": 12, "name": "Hamidou Belem", "role": "officer", "unit": "JUS-BF13", "email": "agent.justice.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '4e6dda717f923155b25b0a8259e8bea205c828985534160b36528b1ebe949c42');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (13, 'cli:demo', 'user.add', 'user#13', '{"id": 13, "name": "Boukary Ouattara", "role": "intake", "unit": "GEN", "email": "orientation@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '24ca973e3588ea2e7d93846c1362e3bb4d9cb1b7a8354c199d783c4337adf9da');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (14, 'cli:demo', 'service_point.add', 'service_point:CSPS-PISSY', '{"code": "CSPS-PISSY", "kind": "health_centre", "name": "CSPS de Pissy (secteur 17)", "address": "Avenue de la Liberté, secteur 17", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-11-30 21:40:35.55908+00', '034dbef5667fbc3a3d9e9a662960486a6cd3df76671e2814fcc7a35f2c792c22');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (15, 'cli:demo', 'service_point.add', 'service_point:CSPS-WEND-KUUNI', '{"code": "CSPS-WEND-KUUNI", "kind": "health_centre", "name": "Centre de santé Wẽnd-Kuuni", "address": null, "unit_code": "SAN-BF13", "commune_code": "BF130006"}', '2026-11-30 21:40:35.55908+00', '4c8bb4f5d069bc82d437b8318baf42f9bcab1fcfc0441df51ae3705e4cf23fcb');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (16, 'cli:demo', 'service_point.add', 'service_point:EPP-TANGHIN-A', '{"code": "EPP-TANGHIN-A", "kind": "school", "name": "École primaire publique Tanghin A", "address": "Quartier Tanghin, près du barrage", "unit_code": "EDU-BF13", "commune_code": "BF130004"}', '2026-11-30 21:40:35.55908+00', 'a07d67dd2852e5cdbd85b0affee2ce7ac92e0cb236dd9562b09249c675008fe5');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (17, 'cli:demo', 'service_point.add', 'service_point:EPP-KOMSILGA-CENTRE', '{"code": "EPP-KOMSILGA-CENTRE", "kind": "school", "name": "École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire", "address": "Route de Kombissiri, à côté de la mairie", "unit_code": "EDU-BF13", "commune_code": "BF130002"}', '2026-11-30 21:40:35.55908+00', '5da4f449afb9e17e9c313cc56e23f4fef5bb8c1257270d98ead707f14af748ca');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (18, 'cli:demo', 'service_point.add', 'service_point:TGI-OUAGADOUGOU', '{"code": "TGI-OUAGADOUGOU", "kind": "court", "name": "Tribunal de grande instance de Ouagadougou", "address": "Avenue de l''Indépendance", "unit_code": "JUS-BF13", "commune_code": "BF130004"}', '2026-11-30 21:40:35.55908+00', '8d872f073e61200df3c128ab884786556e37c4526baba528b08314b2f5292430');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (19, 'cli:demo', 'service_point.add', 'service_point:DRS-KADIOGO', '{"code": "DRS-KADIOGO", "kind": "directorate", "name": "Direction régionale de la santé du Kadiogo", "address": "Boulevard Tansoba Kiéma", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-11-30 21:40:35.55908+00', 'bcb6e53ad680d7bc2d76b6617474b37e44ec06ff5c6f529ea4d3f32280bda7d7');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (20, 'cli:demo', 'service_point.add', 'service_point:CMA-DO', '{"code": "CMA-DO", "kind": "health_centre", "name": "CMA du secteur 22 (Dô)", "address": "Secteur 22", "unit_code": "SAN-BF53", "commune_code": "BF530102"}', '2026-11-30 21:40:35.55908+00', '050b79c617863342d450945c916066b1126b5742c169dee5166b855e04ba2cfc');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (21, 'cli:demo', 'service_point.add', 'service_point:LYCEE-OUEZZIN', '{"code": "LYCEE-OUEZZIN", "kind": "school", "name": "Lycée Ouezzin Coulibaly", "address": "Avenue de la République", "unit_code": "EDU-BF53", "commune_code": "BF530102"}', '2026-11-30 21:40:35.55908+00', '220902d7ea75073e6b2522889ab41dcf52ee8362069c8f1b3ce4cee332304ea9');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (22, 'cli:demo', 'service_point.add', 'service_point:TGI-BOBO', '{"code": "TGI-BOBO", "kind": "court", "name": "Tribunal de grande instance de Bobo-Dioulasso", "address": null, "unit_code": "JUS-BF53", "commune_code": "BF530102"}', '2026-11-30 21:40:35.55908+00', 'e5f531e69ca3693208abbaded070991f64f15b1ad44629d9f9c1c85d34b28be6');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (23, 'cli:demo', 'service_point.add', 'service_point:DRFP-GUIRIKO', '{"code": "DRFP-GUIRIKO", "kind": "office", "name": "Direction régionale de la fonction publique — Guiriko", "address": "Rue du Commerce", "unit_code": "FP-BF53", "commune_code": "BF530102"}', '2026-11-30 21:40:35.55908+00', '0978ae413bed6ce753cf19c02d1a68230c4a96c6272a19b0c2c065eee310ba3a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (24, 'cli:demo', 'service_point.add', 'service_point:CSPS-KAYA-5', '{"code": "CSPS-KAYA-5", "kind": "health_centre", "name": "CSPS du secteur 5 de Kaya", "address": "Secteur 5", "unit_code": "SAN-BF49", "commune_code": "BF490304"}', '2026-11-30 21:40:35.55908+00', 'c659d8e563e1860389e8e51c8c26639d54a3125478adf1db681ba007e576794f');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (25, 'cli:demo', 'service_point.add', 'service_point:EPP-KAYA-B', '{"code": "EPP-KAYA-B", "kind": "school", "name": "École primaire publique Kaya B", "address": "Quartier Bilgho", "unit_code": "EDU-BF49", "commune_code": "BF490304"}', '2026-11-30 21:40:35.55908+00', 'a2d4510eb25d5a4defc96a7c4300615cc7ac9d43a0ae74b009eb546a33e2b850');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (26, 'cli:demo', 'service_point.add', 'service_point:CHR-KOUDOUGOU', '{"code": "CHR-KOUDOUGOU", "kind": "health_centre", "name": "Centre hospitalier régional de Koudougou", "address": "Route de Réo", "unit_code": "SAN-BF50", "commune_code": "BF500105"}', '2026-11-30 21:40:35.55908+00', 'b9b68aeaf707b098da31406e142deb131110082018edf5fe5213551368c8dce4');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (27, 'cli:demo', 'service_point.add', 'service_point:EPP-PABRE-ANCIEN', '{"code": "EPP-PABRE-ANCIEN", "kind": "school", "name": "École de Pabré (ancien site)", "address": null, "unit_code": "EDU-BF13", "commune_code": "BF130005"}', '2026-11-30 21:40:35.55908+00', '14c405d2b26bb413070a92749f5eaf847c6ca11ec25b358bfccf544612b08e54');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (28, 'cli:demo', 'service_point.remove', 'service_point:EPP-PABRE-ANCIEN', '{}', '2026-11-30 21:40:35.55908+00', 'b09adb229cd8433c2c3be4c47e5320af6da5592f54e59d68a462e9710f37fc46');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (29, 'cli:demo', 'poster_campaign.add', 'poster_campaign#1', '{"id": 1, "label": "Affiches dans les centres de santé, écoles et tribunaux", "region": null, "started_on": "2026-11-09"}', '2026-11-30 21:40:35.55908+00', 'e1fabbd2f8e3685a54c5a92575ba532615ebe5667b5b14aba32df7219d343e74');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (30, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"id": 1, "unit_code": "SAN-BF13", "region_code": null, "commune_code": "BF130004", "category_code": "SAN-FEES", "province_code": null, "department_code": null}', '2026-11-30 21:40:37.723466+00', '57d43d73f8651a4449d3969d61559283749e6449f49e0c93193e9185f9d67920');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (31, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en": "Test holiday", "name_fr": "Jour férié de test"}', '2026-11-30 21:40:37.751247+00', 'd5024152e5711df3c4720f8bd293ae72d8a0021194fa49551163df8849a48878');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (32, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"level": "facility", "parent": "SAN-BF13", "region": "BF13", "name_en": "Sector 30 medical centre", "name_fr": "CMA du secteur 30", "department": "SAN"}', '2026-11-30 21:40:37.777775+00', '86d243985f7f3018bfdb60811e057c66d1695f48940d7de9fb52859d74aef205');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (33, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure": "Vérifier le reçu; appeler le responsable du centre.", "templates": {"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-30 21:40:38.002066+00', '43dab0e298bf2002fc590d6495bbcbe6567187fbff64afd2a1361a12762524e5');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (34, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days": 3650}', '2026-11-30 21:40:38.043026+00', 'c0a6a5c7cf080829e73423fa920d37a99ab8547a8ecb103c84286f66c9b72872');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens (token_hash, user_id, created_at, expires_at) VALUES ('160bec00a904a5407db1658507ceaefff79987adc388654d411109fb76030aff', 1, '2026-11-30 21:40:36.772198+00', '2027-02-28 21:40:36.772198+00');


--
-- Data for Name: attachment_blobs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachment_blobs (storage_key, sealed) VALUES ('2026/11/aaabb8a4e85952a467c16faf43d2f64e.png', '\x63dcf87e2e05c4a00367d94ff60e3e7dbb2aaa4c40c8bd90aaa011154eba342c152006ff2c84e2dac1b9ada80723619832ace138b4c341f2721ab36792f86b8d9231bf691e8b9594fd56aa94ab002245ae0e5dab33d90f6c2a96ca04de5680a831598fda7517f016280f7e4f03');


--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachments (id, complaint_id, file_name, content_type, size_bytes, sha256, storage_key, created_at) VALUES (1, 59, 'photo.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/aaabb8a4e85952a467c16faf43d2f64e.png', '2026-11-30 21:40:37.652968+00');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head (id, seq, hash) VALUES (1, 154, 'ce03c1cdf6d9a6cb1774aa1b86bf62935243beda96b3b378fe9bd2d268b741e0');


--
-- Data for Name: categories; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('EDU-FEES', 'EDU', 'Frais d''inscription et cotisations illicites', 'Illicit enrolment fees and levies', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('EDU-ABSENCE', 'EDU', 'Absence des enseignants', 'Teacher absence', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('EDU-EXAMS', 'EDU', 'Irrégularités aux examens scolaires', 'Irregularities in school examinations', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('EDU-CANTEEN', 'EDU', 'Cantines scolaires (repas non servis, vivres détournés)', 'School canteens (meals not served, food diverted)', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('EDU-VIOLENCE', 'EDU', 'Violences et harcèlement en milieu scolaire', 'Violence and harassment at school', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('EDU-DOCS', 'EDU', 'Délivrance des diplômes, attestations et relevés de notes', 'Issue of diplomas, certificates and transcripts', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('SAN-FEES', 'SAN', 'Paiements illicites et frais non officiels', 'Illicit payments and unofficial fees', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('SAN-FREECARE', 'SAN', 'Non-application de la gratuité des soins (enfants de moins de 5 ans, femmes enceintes)', 'Free care not applied (children under 5, pregnant women)', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('SAN-ABSENCE', 'SAN', 'Absence du personnel de santé', 'Health staff absence', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('SAN-STOCKOUT', 'SAN', 'Ruptures de médicaments et de produits de santé', 'Medicine and health product stock-outs', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('SAN-WAIT', 'SAN', 'Longue attente avant la prise en charge', 'Long waiting times before care', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('SAN-RECEPTION', 'SAN', 'Mauvais accueil et maltraitance des patients', 'Poor reception and mistreatment of patients', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('FP-EXAMS', 'FP', 'Concours de la fonction publique', 'Civil service competitive examinations', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('FP-CAREER', 'FP', 'Dossiers de carrière et de rémunération', 'Career and salary files', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('FP-DOCS', 'FP', 'Délivrance des actes administratifs', 'Issue of administrative documents', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('FP-CORRUPTION', 'FP', 'Corruption et pratiques illicites', 'Corruption and illicit practices', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('FP-ABSENCE', 'FP', 'Absentéisme des agents publics', 'Absenteeism of public servants', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('FP-RECEPTION', 'FP', 'Mauvais accueil des usagers', 'Poor reception of service users', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('JUS-DELAY', 'JUS', 'Lenteur des procédures judiciaires', 'Slow court proceedings', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('JUS-FILES', 'JUS', 'Accès aux dossiers et aux décisions de justice', 'Access to case files and court decisions', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('JUS-CORRUPTION', 'JUS', 'Corruption dans les services judiciaires', 'Corruption in the justice services', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('JUS-DOCS', 'JUS', 'Délivrance du casier judiciaire et du certificat de nationalité', 'Issue of criminal record extracts and nationality certificates', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('JUS-DETENTION', 'JUS', 'Conditions de détention', 'Conditions of detention', 3, 'working', 10, 'calendar', true);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('JUS-RECEPTION', 'JUS', 'Mauvais accueil et manque d''information des justiciables', 'Poor reception and lack of information for court users', 3, 'working', 10, 'calendar', false);
INSERT INTO public.categories (code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, answer_count, extendable) VALUES ('GEN-OTHER', 'GEN', 'Autre ou non précisé (à orienter)', 'Other or not stated (to be routed)', 3, 'working', 10, 'calendar', true);


--
-- Data for Name: communes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130001', 'BF1300', 'Komki-Ipala', 'rural', 12.1695, -1.7455);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130002', 'BF1300', 'Komsilga', 'rural', 12.1879, -1.5984);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130003', 'BF1300', 'Koubri', 'rural', 12.2223, -1.2711);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130004', 'BF1300', 'Ouagadougou', 'urban', 12.3737, -1.537);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130005', 'BF1300', 'Pabré', 'rural', 12.5341, -1.611);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130006', 'BF1300', 'Saaba', 'rural', 12.3893, -1.3506);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF130007', 'BF1300', 'Tanguen-Dassouri', 'rural', 12.3145, -1.7191);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460101', 'BF4601', 'Bagassi', 'rural', 11.7427, -3.2622);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460102', 'BF4601', 'Bana', 'rural', 11.9435, -3.4078);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460103', 'BF4601', 'Boromo', 'urban', 11.6744, -2.9602);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460104', 'BF4601', 'Fara', 'rural', 11.4297, -2.7278);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460105', 'BF4601', 'Ouri', 'rural', 11.9753, -3.0592);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460106', 'BF4601', 'Pâ', 'rural', 11.5831, -3.2639);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460107', 'BF4601', 'Pompoï', 'rural', 11.8777, -3.2469);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460108', 'BF4601', 'Poura', 'rural', 11.6321, -2.7544);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460109', 'BF4601', 'Siby', 'rural', 11.8607, -2.933);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460110', 'BF4601', 'Yaho', 'rural', 11.8194, -3.4856);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460201', 'BF4602', 'Balavé', 'rural', 12.3783, -4.1939);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460202', 'BF4602', 'Kouka', 'rural', 11.9003, -4.3557);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460203', 'BF4602', 'Sami', 'rural', 12.1772, -4.4585);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460204', 'BF4602', 'Sanaba', 'rural', 12.42, -3.7948);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460205', 'BF4602', 'Solenzo', 'urban', 12.1463, -4.0794);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460206', 'BF4602', 'Tansila', 'rural', 12.5412, -4.3307);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460301', 'BF4603', 'Barani', 'rural', 13.1248, -3.7568);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460302', 'BF4603', 'Bomborokui', 'rural', 12.9826, -3.9539);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460303', 'BF4603', 'Bourasso', 'rural', 12.6091, -3.6785);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460304', 'BF4603', 'Djibasso', 'rural', 13.1698, -4.1281);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460305', 'BF4603', 'Dokui', 'rural', 12.5619, -4.0581);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460306', 'BF4603', 'Doumbala', 'rural', 12.8606, -4.1455);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460307', 'BF4603', 'Kombori', 'rural', 13.3732, -3.9483);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460308', 'BF4603', 'Madouba', 'rural', 13.1133, -4.276);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460309', 'BF4603', 'Nouna', 'urban', 12.7916, -3.8217);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460311', 'BF4603', 'Sônô', 'rural', 12.8465, -3.5107);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460401', 'BF4604', 'Bondokui', 'rural', 11.8877, -3.7426);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460402', 'BF4604', 'Dédougou', 'urban', 12.4314, -3.4833);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460403', 'BF4604', 'Douroula', 'rural', 12.5324, -3.305);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460404', 'BF4604', 'Kona', 'rural', 12.1274, -3.4466);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460405', 'BF4604', 'Ouarkoye', 'rural', 12.1225, -3.7009);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460406', 'BF4604', 'Safané', 'rural', 12.1228, -3.2359);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460407', 'BF4604', 'Tchériba', 'rural', 12.2548, -3.0124);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460501', 'BF4605', 'Gassan', 'rural', 12.8077, -3.2358);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460502', 'BF4605', 'Gossina', 'rural', 12.5091, -2.8386);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460503', 'BF4605', 'Kougny', 'rural', 12.7114, -3.0535);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460504', 'BF4605', 'Toma', 'urban', 12.6845, -2.8841);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460505', 'BF4605', 'Yaba', 'rural', 12.8291, -2.8549);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460506', 'BF4605', 'Yé', 'rural', 12.5203, -3.0721);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460601', 'BF4606', 'Di', 'rural', 13.1652, -3.3891);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460602', 'BF4606', 'Gomboro', 'rural', 13.4451, -2.8237);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460603', 'BF4606', 'Kassoum', 'rural', 13.1025, -3.2616);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460604', 'BF4606', 'Kiembara', 'rural', 13.2919, -2.7617);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460605', 'BF4606', 'Lanfièra', 'rural', 12.9288, -3.4046);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460606', 'BF4606', 'Lankoué', 'rural', 13.2221, -2.5698);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460607', 'BF4606', 'Toéni', 'rural', 13.491, -3.1053);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF460608', 'BF4606', 'Tougan', 'urban', 13.0997, -2.9554);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470101', 'BF4701', 'Banfora', 'urban', 10.5833, -4.8152);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470102', 'BF4701', 'Bérégadougou', 'rural', 10.76, -4.7235);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470103', 'BF4701', 'Mangodara', 'rural', 9.9455, -4.4112);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470104', 'BF4701', 'Moussodougou', 'rural', 10.8278, -4.8975);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470105', 'BF4701', 'Niangoloko', 'urban', 10.0782, -4.7802);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470106', 'BF4701', 'Ouô', 'rural', 10.251, -3.9419);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470107', 'BF4701', 'Sidéradougou', 'rural', 10.4672, -4.2123);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470108', 'BF4701', 'Soubakaniédougou', 'rural', 10.4101, -5.0052);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470109', 'BF4701', 'Tiéfora', 'rural', 10.6141, -4.5696);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470201', 'BF4702', 'Dakôrô', 'rural', 10.4215, -5.1651);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470202', 'BF4702', 'Douna', 'rural', 10.6451, -5.0898);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470203', 'BF4702', 'Kankalaba', 'rural', 10.7587, -5.292);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470204', 'BF4702', 'Loumana', 'rural', 10.5992, -5.3889);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470205', 'BF4702', 'Niankôrôdougou', 'rural', 10.4167, -5.354);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470206', 'BF4702', 'Ouéléni', 'rural', 10.88, -5.3887);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470207', 'BF4702', 'Sindou', 'urban', 10.6881, -5.1827);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF470208', 'BF4702', 'Wolonkoto', 'rural', 10.7048, -5.0017);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480101', 'BF4801', 'Bagré', 'rural', 11.5629, -0.5107);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480102', 'BF4801', 'Bané', 'rural', 11.5201, -0.2769);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480103', 'BF4801', 'Béguédo', 'rural', 11.8023, -0.7447);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480104', 'BF4801', 'Bissiga', 'rural', 11.8195, -0.0702);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480105', 'BF4801', 'Bitou', 'urban', 11.293, -0.2922);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480106', 'BF4801', 'Boussouma', 'rural', 11.6723, -0.7036);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480107', 'BF4801', 'Garango', 'urban', 11.8528, -0.5677);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480108', 'BF4801', 'Komtoèga', 'rural', 11.8572, -0.6867);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480109', 'BF4801', 'Niaogho', 'rural', 11.7293, -0.8191);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480110', 'BF4801', 'Tenkodogo', 'urban', 11.749, -0.3236);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480111', 'BF4801', 'Zabré', 'rural', 11.1798, -0.5764);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480112', 'BF4801', 'Zoaga', 'rural', 11.0145, -0.6037);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480113', 'BF4801', 'Zonsé', 'rural', 11.3671, -0.5814);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480201', 'BF4802', 'Komin-Yanga', 'rural', 11.6798, 0.2018);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480202', 'BF4802', 'Dourtenga', 'rural', 11.6008, 0.0135);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480203', 'BF4802', 'Lalgaye', 'rural', 11.5328, -0.1025);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480204', 'BF4802', 'Ouargaye', 'urban', 11.4444, 0.04);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480205', 'BF4802', 'Sangha', 'rural', 11.1748, 0.1544);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480206', 'BF4802', 'Soudougui', 'rural', 11.3275, 0.4024);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480207', 'BF4802', 'Yargatenga', 'rural', 11.2288, 0.0004);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480208', 'BF4802', 'Yondé', 'rural', 11.481, 0.195);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480301', 'BF4803', 'Andemtenga', 'rural', 12.3827, -0.2964);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480302', 'BF4803', 'Baskouré', 'rural', 12.1713, -0.2188);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480303', 'BF4803', 'Dialgaye', 'rural', 11.9252, -0.3824);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480304', 'BF4803', 'Gounguen', 'rural', 12.1209, -0.1325);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480305', 'BF4803', 'Kando', 'rural', 12.418, -0.5031);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480306', 'BF4803', 'Koupèla', 'urban', 12.1592, -0.3429);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480307', 'BF4803', 'Pouytenga', 'urban', 12.2558, -0.4264);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480308', 'BF4803', 'Tensobentenga', 'rural', 11.9661, -0.2649);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF480309', 'BF4803', 'Yargo', 'rural', 12.0786, -0.2661);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490101', 'BF4901', 'Bourzanga', 'rural', 13.7172, -1.5354);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490102', 'BF4901', 'Guibaré', 'rural', 13.1003, -1.6203);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490103', 'BF4901', 'Kongoussi', 'urban', 13.3904, -1.5947);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490104', 'BF4901', 'Nasséré', 'rural', 13.3194, -1.3687);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490105', 'BF4901', 'Rollo', 'rural', 13.5851, -1.7503);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490106', 'BF4901', 'Roukô', 'rural', 13.2114, -1.6504);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490107', 'BF4901', 'Sabsé', 'rural', 13.207, -1.4701);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490108', 'BF4901', 'Tikaré', 'rural', 13.3593, -1.7626);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490109', 'BF4901', 'Zimtanga', 'rural', 13.4733, -1.4566);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490201', 'BF4902', 'Boala', 'rural', 12.9276, -0.6708);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490202', 'BF4902', 'Boulsa', 'urban', 12.6857, -0.5316);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490203', 'BF4902', 'Bouroum', 'rural', 13.6798, -0.6247);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490204', 'BF4902', 'Dargo', 'rural', 12.7047, -0.317);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490205', 'BF4902', 'Nagbingou', 'rural', 13.5711, -0.4849);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490206', 'BF4902', 'Tougouri', 'rural', 13.2006, -0.5113);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490207', 'BF4902', 'Yalgo', 'rural', 13.4932, -0.3422);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490208', 'BF4902', 'Zéguédéguen', 'rural', 12.9179, -0.4385);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490301', 'BF4903', 'Barsalogho', 'rural', 13.5296, -1.0374);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490302', 'BF4903', 'Boussouma', 'rural', 12.9489, -1.0865);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490303', 'BF4903', 'Dablo', 'rural', 13.677, -1.1959);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490304', 'BF4903', 'Kaya', 'urban', 13.1621, -1.1484);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490305', 'BF4903', 'Korsimoro', 'rural', 12.8193, -1.1674);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490306', 'BF4903', 'Mané', 'rural', 13.0313, -1.4151);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490307', 'BF4903', 'Namissiguima', 'rural', 13.4675, -1.3004);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490308', 'BF4903', 'Pensa', 'rural', 13.6858, -0.7953);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490309', 'BF4903', 'Pibaoré', 'rural', 12.8154, -0.7907);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490310', 'BF4903', 'Pissila', 'rural', 13.2017, -0.8278);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF490311', 'BF4903', 'Ziga', 'rural', 12.7133, -0.8906);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500101', 'BF5001', 'Bingo', 'rural', 12.3035, -1.9011);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500102', 'BF5001', 'Imasgho', 'rural', 12.4557, -2.3229);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500103', 'BF5001', 'Kindi', 'rural', 12.4463, -2.0551);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500104', 'BF5001', 'Kokologo', 'rural', 12.1875, -1.922);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500105', 'BF5001', 'Koudougou', 'urban', 12.2951, -2.3215);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500106', 'BF5001', 'Nanoro', 'rural', 12.6497, -2.1425);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500107', 'BF5001', 'Nandiala', 'rural', 12.3583, -2.1661);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500108', 'BF5001', 'Pella', 'rural', 12.5802, -2.0486);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500109', 'BF5001', 'Poa', 'rural', 12.2253, -2.0985);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500110', 'BF5001', 'Ramongo', 'rural', 12.1842, -2.2899);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500111', 'BF5001', 'Sabou', 'rural', 12.0808, -2.1899);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500112', 'BF5001', 'Siglé', 'rural', 12.5457, -1.8887);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500113', 'BF5001', 'Soa', 'rural', 12.5262, -2.1812);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500114', 'BF5001', 'Sourgou', 'rural', 12.0812, -2.3788);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500115', 'BF5001', 'Thiou', 'rural', 12.015, -2.1539);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500201', 'BF5002', 'Dassa', 'rural', 12.4193, -2.7268);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500202', 'BF5002', 'Didyr', 'rural', 12.5703, -2.6116);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500203', 'BF5002', 'Godyr', 'rural', 12.7328, -2.5854);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500204', 'BF5002', 'Kordié', 'rural', 12.5558, -2.3932);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500205', 'BF5002', 'Kyon', 'rural', 12.3244, -2.6396);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500206', 'BF5002', 'Pouni', 'rural', 11.9426, -2.5072);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500207', 'BF5002', 'Réo', 'urban', 12.3392, -2.4949);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500208', 'BF5002', 'Ténado', 'rural', 12.2006, -2.6684);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500209', 'BF5002', 'Zamo', 'rural', 11.9966, -2.7606);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500210', 'BF5002', 'Zawara', 'rural', 11.7607, -2.6927);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500301', 'BF5003', 'Bieha', 'rural', 11.1736, -1.7666);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500302', 'BF5003', 'Boura', 'rural', 11.1204, -2.4833);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500303', 'BF5003', 'Léo', 'urban', 11.084, -2.1075);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500304', 'BF5003', 'Nébiélianayou', 'rural', 11.8246, -2.3558);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500305', 'BF5003', 'Niabouri', 'rural', 11.2849, -2.6107);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500306', 'BF5003', 'Silly', 'rural', 11.5804, -2.498);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500307', 'BF5003', 'To', 'rural', 11.3576, -2.2633);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500401', 'BF5004', 'Bakata', 'rural', 11.8013, -1.8651);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500402', 'BF5004', 'Bougnounou', 'rural', 11.8775, -2.0772);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500403', 'BF5004', 'Kassou', 'rural', 11.5197, -2.002);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500404', 'BF5004', 'Dalô', 'rural', 11.7801, -2.1607);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500405', 'BF5004', 'Gaô', 'rural', 11.6235, -2.2394);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF500406', 'BF5004', 'Sapouy', 'urban', 11.5703, -1.6477);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510101', 'BF5101', 'Doulougou', 'rural', 11.9082, -1.4756);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510102', 'BF5101', 'Gaongo', 'rural', 12.0216, -1.0765);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510103', 'BF5101', 'Ipelsé', 'rural', 11.8874, -1.6014);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510104', 'BF5101', 'Kayao', 'rural', 12.0318, -1.8627);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510105', 'BF5101', 'Kombissiri', 'urban', 11.987, -1.3258);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510106', 'BF5101', 'Saponé', 'rural', 12.0385, -1.5781);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510107', 'BF5101', 'Toécé', 'rural', 11.7896, -1.3165);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510201', 'BF5102', 'Guiaro', 'rural', 11.2958, -1.4169);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510202', 'BF5102', 'Po', 'urban', 11.1738, -1.1544);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510203', 'BF5102', 'Tiébélé', 'rural', 11.0899, -0.9358);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510204', 'BF5102', 'Zecco', 'rural', 11.0152, -0.8821);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510205', 'BF5102', 'Ziou', 'rural', 11.0694, -0.7683);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510301', 'BF5103', 'Béré', 'rural', 11.8678, -1.0947);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510302', 'BF5103', 'Bindé', 'rural', 11.7911, -0.9732);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510303', 'BF5103', 'Gogo', 'rural', 11.4642, -0.9331);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510304', 'BF5103', 'Gomboussougou', 'rural', 11.4004, -0.7402);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510305', 'BF5103', 'Guiba', 'rural', 11.6503, -1.1453);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510306', 'BF5103', 'Manga', 'urban', 11.6476, -1.0487);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF510307', 'BF5103', 'Nobéré', 'rural', 11.5835, -1.2179);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520101', 'BF5201', 'Bilanga', 'rural', 12.5233, 0.0532);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520102', 'BF5201', 'Bogandé', 'urban', 12.9384, -0.0442);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520103', 'BF5201', 'Koala', 'rural', 13.3158, -0.0345);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520104', 'BF5201', 'Liptougou', 'rural', 13.0771, 0.3295);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520105', 'BF5201', 'Mani', 'rural', 13.2375, -0.2076);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520106', 'BF5201', 'Piéla', 'rural', 12.7259, -0.0585);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520107', 'BF5201', 'Thion', 'rural', 13.057, -0.3136);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520201', 'BF5202', 'Diabo', 'rural', 11.9508, -0.0012);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520202', 'BF5202', 'Diapangou', 'rural', 12.0903, 0.17);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520203', 'BF5202', 'Fada-Ngourma', 'urban', 11.9555, 0.4917);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520204', 'BF5202', 'Matiakoali', 'rural', 12.2449, 1.0337);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520205', 'BF5202', 'Tibga', 'rural', 12.2602, 0.0723);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520206', 'BF5202', 'Yamba', 'rural', 12.3258, 0.4427);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520301', 'BF5203', 'Bartiébougou', 'rural', 12.9041, 0.8145);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520302', 'BF5203', 'Foutouri', 'rural', 12.8136, 1.0556);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520303', 'BF5203', 'Gayéri', 'urban', 12.6703, 0.5565);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520401', 'BF5204', 'Kompienga', 'rural', 11.1095, 0.5917);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520402', 'BF5204', 'Madjoari', 'rural', 11.3941, 1.1821);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520403', 'BF5204', 'Pama', 'urban', 11.4872, 0.8514);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520501', 'BF5205-2', 'Botou', 'rural', 12.5142, 1.9967);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520502', 'BF5205', 'Diapaga', 'urban', 11.9924, 2.0365);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520503', 'BF5205-2', 'Kantchari', 'rural', 12.4313, 1.4622);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520504', 'BF5205', 'Lôgbou', 'rural', 11.5765, 1.6819);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520505', 'BF5205', 'Namouno', 'rural', 11.8496, 1.6757);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520506', 'BF5205', 'Partiaga', 'rural', 11.9524, 1.499);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520507', 'BF5205', 'Tambaga', 'rural', 11.7404, 1.5203);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF520508', 'BF5205', 'Tansarga', 'rural', 11.8498, 1.9223);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530101', 'BF5301', 'Bama', 'rural', 11.4345, -4.3881);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530102', 'BF5301', 'Bobo-Dioulasso', 'urban', 11.1742, -4.2822);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530103', 'BF5301', 'Dandé', 'rural', 11.5949, -4.5247);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530104', 'BF5301', 'Faramana', 'rural', 12.0338, -4.5533);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530105', 'BF5301', 'Fo', 'rural', 11.9018, -4.5434);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530106', 'BF5301', 'Karangasso-Sambla', 'rural', 11.2568, -4.6625);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530107', 'BF5301', 'Karangasso-Vigué', 'rural', 10.9419, -3.9077);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530108', 'BF5301', 'Koundougou', 'rural', 11.722, -4.5111);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530109', 'BF5301', 'Lèna', 'rural', 11.2618, -3.9534);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530110', 'BF5301', 'Padéma', 'rural', 11.7712, -4.1929);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530111', 'BF5301', 'Péni', 'rural', 10.8952, -4.3433);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530112', 'BF5301', 'Satiri', 'rural', 11.5795, -4.0503);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530113', 'BF5301', 'Toussiana', 'rural', 10.9078, -4.6549);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530201', 'BF5302', 'Banzon', 'rural', 11.2799, -4.8352);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530202', 'BF5302', 'Djigouèra', 'rural', 11.1678, -4.9224);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530203', 'BF5302', 'Kangala', 'rural', 11.0188, -5.2192);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530204', 'BF5302', 'Kayan', 'rural', 11.8591, -4.7186);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530205', 'BF5302', 'Kôlôkô', 'rural', 11.1866, -5.2521);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530206', 'BF5302', 'Kourinion', 'rural', 11.0303, -4.7806);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530207', 'BF5302', 'Kourouma', 'rural', 11.5599, -4.7424);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530208', 'BF5302', 'Morlaba', 'rural', 11.8215, -5.1316);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530209', 'BF5302', 'Ndôrôla', 'rural', 11.825, -4.8924);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530210', 'BF5302', 'Orodara', 'urban', 10.9834, -4.9745);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530211', 'BF5302', 'Samôgôyiri', 'rural', 10.9324, -5.1073);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530212', 'BF5302', 'Samôgôgouan', 'rural', 11.4272, -4.9713);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530213', 'BF5302', 'Sindo', 'rural', 11.531, -5.1556);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530301', 'BF5303', 'Békui', 'rural', 11.6715, -3.8874);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530302', 'BF5303', 'Béréba', 'rural', 11.6435, -3.6946);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530303', 'BF5303', 'Boni', 'rural', 11.5086, -3.3979);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530304', 'BF5303', 'Founzan', 'rural', 11.3692, -3.271);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530305', 'BF5303', 'Houndé', 'urban', 11.4975, -3.6249);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530306', 'BF5303', 'Koti', 'rural', 11.4373, -2.9641);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF530307', 'BF5303', 'Koumbia', 'rural', 11.2218, -3.6419);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540101', 'BF5401', 'Bahn', 'rural', 14.1238, -2.4349);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540102', 'BF5401', 'Ouindigui', 'rural', 13.7049, -1.9043);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540103', 'BF5401', 'Sollé', 'rural', 14.1188, -2.1932);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540104', 'BF5401', 'Titao', 'urban', 13.8561, -2.084);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540201', 'BF5402', 'Arbollé', 'rural', 12.84, -2.0201);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540202', 'BF5402', 'Bagaré', 'rural', 12.8896, -2.6345);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540204', 'BF5402', 'Boken', 'rural', 13.0108, -1.7487);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540205', 'BF5402', 'Gomponsom', 'rural', 13.0295, -2.1654);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540206', 'BF5402', 'Kirsi', 'rural', 12.9923, -1.9645);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540207', 'BF5402', 'La-Toden', 'rural', 12.8639, -2.4555);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540208', 'BF5402', 'Pilimpikou', 'rural', 12.7388, -2.1911);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540209', 'BF5402', 'Samba', 'rural', 12.7127, -2.397);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540210', 'BF5402', 'Yako', 'urban', 12.9179, -2.2824);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540301', 'BF5403', 'Barga', 'rural', 13.7864, -2.3278);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540302', 'BF5403', 'Kaïn', 'rural', 13.9762, -2.7326);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540303', 'BF5403', 'Kalsaka', 'rural', 13.1599, -2.0057);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540304', 'BF5403', 'Kossouka', 'rural', 13.3426, -1.8919);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540305', 'BF5403', 'Koumbri', 'rural', 13.8631, -2.4292);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540306', 'BF5403', 'Namissiguima', 'rural', 13.6376, -2.2522);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540307', 'BF5403', 'Ouahigouya', 'urban', 13.5892, -2.436);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540308', 'BF5403', 'Oula', 'rural', 13.449, -2.2498);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540309', 'BF5403', 'Rambo', 'rural', 13.2135, -1.8162);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540310', 'BF5403', 'Senguènèga', 'rural', 13.4394, -1.9993);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540311', 'BF5403', 'Tangaye', 'rural', 13.5769, -2.6285);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540312', 'BF5403', 'Thiou', 'rural', 13.7462, -2.7098);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540313', 'BF5403', 'Zogoré', 'rural', 13.4118, -2.577);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540401', 'BF5404', 'Bassi', 'rural', 13.3136, -2.216);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540402', 'BF5404', 'Boussou', 'rural', 13.0559, -2.5525);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540403', 'BF5404', 'Goursi', 'urban', 13.209, -2.384);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540404', 'BF5404', 'Lèba', 'rural', 13.3614, -2.394);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF540405', 'BF5404', 'Tougo', 'rural', 13.2012, -2.1601);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550101', 'BF5501', 'Boudri', 'rural', 12.0488, -0.7537);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550102', 'BF5501', 'Kogho', 'rural', 12.6395, -0.7046);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550103', 'BF5501', 'Mégué', 'rural', 12.3843, -0.6983);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550104', 'BF5501', 'Môgtédo', 'rural', 12.1862, -0.9573);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550105', 'BF5501', 'Saolgo', 'rural', 12.4885, -0.6886);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550106', 'BF5501', 'Zam', 'rural', 12.393, -0.9365);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550107', 'BF5501', 'Zôrgho', 'urban', 12.2483, -0.6167);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550108', 'BF5501', 'Zoungou', 'rural', 12.1038, -0.5153);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550201', 'BF5502', 'Boussé', 'urban', 12.6744, -1.7558);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550202', 'BF5502', 'Laye', 'rural', 12.5481, -1.7708);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550203', 'BF5502', 'Niou', 'rural', 12.7979, -1.8465);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550204', 'BF5502', 'Sourgoubila', 'rural', 12.4074, -1.8956);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550205', 'BF5502', 'Toèguen', 'rural', 12.7807, -1.7067);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550301', 'BF5503', 'Ambsouya', 'rural', 12.5808, -0.9899);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550302', 'BF5503', 'Dapeolgo', 'rural', 12.7156, -1.5553);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550303', 'BF5503', 'Loumbila', 'rural', 12.5424, -1.4123);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550304', 'BF5503', 'Nagréongo', 'rural', 12.4214, -1.1653);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550305', 'BF5503', 'Ourgou-Manéga', 'rural', 12.8131, -1.4961);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550306', 'BF5503', 'Ziniaré', 'urban', 12.6047, -1.2481);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF550307', 'BF5503', 'Zitenga', 'rural', 12.7517, -1.2816);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560101', 'BF5601', 'Déou', 'rural', 14.6878, -0.6909);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560102', 'BF5601', 'Gorom-Gorom', 'urban', 14.4121, -0.2461);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560103', 'BF5601', 'Markoye', 'rural', 14.6804, 0.0907);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560104', 'BF5601', 'Oursi', 'rural', 14.6638, -0.4084);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560105', 'BF5601', 'Tin-Akoff', 'rural', 14.9355, -0.3687);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560201', 'BF5602', 'Bani', 'rural', 13.7101, -0.16);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560202', 'BF5602', 'Dori', 'urban', 14.0202, -0.0452);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560203', 'BF5602', 'Falagountou', 'rural', 14.2903, 0.2196);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560204', 'BF5602', 'Gorgadji', 'rural', 13.9902, -0.4497);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560205', 'BF5602', 'Sampelga', 'rural', 13.7812, 0.2655);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560206', 'BF5602', 'Seytenga', 'rural', 14.0171, 0.3388);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560301', 'BF5603-2', 'Arbinda', 'rural', 14.1714, -0.8187);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560302', 'BF5603', 'Baraboulé', 'rural', 14.1652, -1.8792);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560303', 'BF5603', 'Diguel', 'rural', 14.3862, -1.8602);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560304', 'BF5603', 'Djibo', 'urban', 14.156, -1.6184);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560305', 'BF5603', 'Kelbo', 'rural', 13.849, -1.1642);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560306', 'BF5603-2', 'Koutougou', 'rural', 14.5566, -0.9949);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560307', 'BF5603', 'Nassoumbou', 'rural', 14.513, -1.4022);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560308', 'BF5603', 'Pobé-Mengao', 'rural', 13.9144, -1.7583);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560309', 'BF5603', 'Tongomayel', 'rural', 14.0864, -1.2818);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560401', 'BF5604', 'Boundoré', 'rural', 13.369, 0.9773);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560402', 'BF5604', 'Mansila', 'rural', 13.1436, 0.6762);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560403', 'BF5604', 'Sebba', 'urban', 13.4084, 0.6188);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560404', 'BF5604', 'Solhan', 'rural', 13.4243, 0.2824);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560405', 'BF5604', 'Tankougounadié', 'rural', 13.5599, 0.7244);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF560406', 'BF5604', 'Titabè', 'rural', 13.6775, 0.4122);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570101', 'BF5701', 'Gbondjigui', 'rural', 10.9565, -3.54);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570102', 'BF5701', 'Diébougou', 'urban', 10.9376, -3.2701);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570103', 'BF5701', 'Dolo', 'rural', 10.8797, -3.4102);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570104', 'BF5701', 'Iôlôniôrô', 'rural', 10.7354, -3.537);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570105', 'BF5701', 'Tiankoura', 'rural', 10.7288, -3.2318);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570201', 'BF5702', 'Dano', 'urban', 11.1544, -3.0122);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570202', 'BF5702', 'Dissihn', 'rural', 10.9308, -2.9636);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570203', 'BF5702', 'Guéguéré', 'rural', 11.1238, -3.2498);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570204', 'BF5702', 'Koper', 'rural', 11.1135, -2.8811);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570205', 'BF5702', 'Niégo', 'rural', 11.1242, -2.6742);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570206', 'BF5702', 'Oronkua', 'rural', 11.2874, -3.1416);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570207', 'BF5702', 'Ouéssa', 'rural', 11.065, -2.7589);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570208', 'BF5702', 'Zambo', 'rural', 10.8335, -3.0337);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570301', 'BF5703', 'Batié', 'urban', 9.9042, -2.9127);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570302', 'BF5703', 'Boussou-Koula', 'rural', 9.8246, -3.0735);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570303', 'BF5703', 'Kpuéré', 'rural', 9.5798, -2.8289);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570304', 'BF5703', 'Legmoin', 'rural', 10.1266, -2.8967);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570305', 'BF5703', 'Midebdo', 'rural', 10.0354, -3.1734);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570401', 'BF5704', 'Bouroum-Bouroum', 'rural', 10.5313, -3.265);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570402', 'BF5704', 'Bousséra', 'rural', 10.366, -2.9533);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570403', 'BF5704', 'Djigouè', 'rural', 10.0246, -3.8016);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570404', 'BF5704', 'Gaoua', 'urban', 10.3501, -3.1985);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570405', 'BF5704', 'Gbomblora', 'rural', 10.2085, -2.9748);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570406', 'BF5704', 'Kampti', 'rural', 10.06, -3.4542);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570407', 'BF5704', 'Loropéni', 'rural', 10.4272, -3.5519);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570408', 'BF5704', 'Malba', 'rural', 10.4724, -2.9926);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570409', 'BF5704', 'Nako', 'rural', 10.612, -3.0481);
INSERT INTO public.communes (code, province_code, name, kind, lat, long) VALUES ('BF570410', 'BF5704', 'Périgban', 'rural', 10.2114, -3.3378);


--
-- Data for Name: complaint_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (1, 1, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '34804ea994d6a27abf2f8321b76704f2725dfc8023624b3b7f0f027f92d57ea0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (2, 2, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'cc91a08057c716ddb99cd033a2d1ee777c8734588964cd7660259464fef1f95f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', 'e4990634c4a8091ea2f87a6b2039b2e3df2704d60f7dbc8b3e99942727b6fe26');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (4, 3, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '2fe1b1dc6dbf28692e7d8b74da799c9174506a3c694c5704ca0f463d09ed6403');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', 'e052c5115ab6893fbd2be4f40535b42c02c33aee9411fe416ae50d4e79162e9c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (6, 3, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'ea810f3d40a21e102aaf0a6296faf0de03166d56f70f108c309e5ebfca84ea42');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (7, 4, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '4ba5cb7b51f4557c0df243bbd72d2c34bbf0f4c466f7d5bfc588d390df0b5aa2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '8fd4b2bc392269e56b71b0006f506172c8994e006cad05388a991b0f317f1af9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (9, 4, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'f47773e15e29359cd2a1cf2e7f9d1a35ec9f61fe831aa103130ecb747c5f1940');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '815541a1409eeeba3012c02376c68f0fe13849d8bb79e74367e04536297792de');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (11, 5, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'd89e4b2a32e30368acb5c56b2e416cad5342a95866cc88044b30520ca20c5149');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '8e90246c9253c8b8c6a6a8e9bda5b5ac6f5a81f3a72ec7ce54d3716244a8d079');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (13, 5, 'staff:1', 'assign', '{"assignee": "agent.education.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '8fa3fc84bae742c4e296874266509b98c79ab34c59e0f843ce94b8ce0ccec14c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '11a16453aaa88b57359abf729059e9110f349ca80127d24ddbfb7b387fae0b7e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (15, 5, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', 'acfc52a094aca4b5a89e25e2b74ab7115656313349547235895ad768d269d1b5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (16, 6, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '3fd8d42a96bbf6e4df229c6d0da75fd85e4f4a7a1f7e195137c95121777d2063');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '5d699efabe16ca9e994152708f8adfe27d3c93790b3dc4458fa2cb72c6e682f4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (18, 6, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '14d230b344791a6d61d90a48bce45f79bef7c69bf9cb5bebc95c2c0f35b041ab');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '75af761b76ddad6563b08da77a6bb60dea7d407e877defac11445c4e881f371b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (20, 6, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', '5ed3d5f35bb5fa189c81327dfb72df02afb04607914703cafe36d31ce82fd1ac');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (21, 6, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-11-30 21:40:35.55908+00', '481f765670330ddda0025e04497f6b204fc240d9114b495b8fe3d1999619c73b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (22, 7, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '1045a68e668cc1c4eabb3e07652503ee0e62fff41981dbcc23bab59f6dfc44ac');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '63d0ea5b65933304535a1b1076a405db38920fc2ef4211317ab7c85d4f8a341a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (24, 7, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '5b0b701174e32ff90ee3c50e7116c30ac0b230f9517b98787d9e2ccc88175eb5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', 'e138767fd43852637b6423ffe4de019dffd1ee6d4aec2c525347b28e743f3a7f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (26, 7, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', 'ca01f2fc156e4dd0eb94aca25aa680be0e83236d6953b51d72d921a67a715c1f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-30 21:40:35.55908+00', 'ab94eada2bcfcf5a2cb48cb86139f512bdfd2f0d1fdbc7529a43d56dc3c3eb85');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (28, 8, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'e66ef18f1ce3d94b822a60fc2c8f243c792fa5627cb229b8b6f88f196401a253');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (29, 8, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30 21:40:35.55908+00', '75f5909a2e6b9566af93b2a3c1db9f8db6c9cf3d28ec36e0f41ce0f6743ff4e2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (30, 9, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '958fd3733149c9e15201d53794524c1a01fb072d40e05dd7d43f488b5b8397a1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (31, 9, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-11-30 21:40:35.55908+00', '82df3f272918b2be6f30fcb1fda32bd9cd1f17dbb0a06dca5a3fe038822861ca');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (32, 10, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'aa6b1164718d4dcc44254e156431f1118e0a173862478a3e39f9474edf50f1d7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (33, 11, 'public', 'received', '{"kind": "denunciation", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'badf444651f42ac4585738282d7f054272c62c13f849ea75e9d7b70a14befd1f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', 'cdc929b68e409d0e8a02d65fd2d508163ac70ecae20d7cd34115f24c2d53bb15');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', 'bb79dad7a877fc791f9e52bac545ffcbd72c8b3b439088a1784abfbb09accee2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (35, 12, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '654637d6632c33507647fe20932f3f5e2e16e7d5a45aeb57bca4c505f3fb183b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '1f4fdde0c5bbc3d6aca77241f5adbfb6e5a12336e36bd9ae91d04ababb0c7dcc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (37, 12, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '31422a3ac366ba34a7ea42c14b0b08276227104dd2ae8fbf06c2e19acd28374e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (38, 13, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '14748f45cc369e619ea0a72df136c93a34d5b36a60aae6a0f79e58d1aece18e7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '24ee4ce3faeff5b4dbb96eb6f45649b36b1d741dd4260c3cc883f3b73cdd9bb1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (40, 13, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '9adda60d892f212fbaed13e151589b38bcf255d13002322c0f7531348f41286c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '4c87a8f5be5aa0748f259dc153d67af58e68b47fdb9b36c3d74205d2794bf1bd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (42, 14, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '5b906d9b25f4ca2a33d79afee90347b107303a4cbfce7abdabe9f133b3b34137');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', 'c79c914ba28ed2d83e308dbd96901c94954b8dfc042efa86c3796182f6f88764');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (44, 14, 'staff:1', 'assign', '{"assignee": "agent.sante.guiriko@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '408d11ec48bb732ab92993b5ed8d9b97ffe8b77006b275c883b1c88ec00e4108');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', 'a9d0fefeb5a1c3871078d2568c0c3ebc0816507d1acab2bd972ea47b5c48aed8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (46, 14, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', 'd1f30b0e008b715b2890fcbce409847a31dcac9bcfabac39430aff6e81a7980f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (47, 15, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '5e6f96128371b4a48390bb3b0ea1f63689b884ea2d3ef5aa67b75dee143c2522');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '2f74dc3469d59873b641ffb96d965855ebf7623b4979146b6ef13b606ec552c4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (49, 15, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '08058fa8d077a9fb87e4641fbfa4103836e02fbada6db636c5733b85152eac13');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '0205d8041c5471071f3f9331e081df25a0d24b62e1c3876c67140df4036a47f5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (51, 15, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', '1cadd692273dd7977199aae9a4ce1562d505aead21c187ec2de0e159b6cdc229');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (52, 15, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-11-30 21:40:35.55908+00', 'c77fb5d905b9eaee0f4a2b3f4dccb54a62f3508dc273743fb70809e857381eeb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (53, 16, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'ebe54a3b01bcf563023a32f9489f37a45204774e266d1f4ffc4c13c2d75a38c7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', 'd826bd8dc6f87e07ea7e71027feda0c9b6583d5de249be9e7f3bc2e0c640ba23');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (55, 16, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', 'e5e67004b98d29ebb65052866237b6b0b404a9b4ae97485b0bb7e3b0428b3ba0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', 'daea1db76473f7647ca4951af387990c6f2e064c8e470cddfded9b48bb0276e1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (57, 16, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', '9d58fae2d3ab2225c3b7d4d9958f990ac426dd1cf96489c75b72a776068779c5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-30 21:40:35.55908+00', 'e81f70ddc4a4093b1516cee94cb8dc616c5f1cee0f903ebf3f0f8936e05bb3dc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (59, 17, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'a3d4e37742fd790bcf032734728f1cadc184c8eecc2878e8f7d14e844eef223f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (60, 17, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30 21:40:35.55908+00', '071778810e6ef27e96fbdd7afa4c98206f567f592c8fff00cba2ef0d755a754c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (61, 18, 'public', 'received', '{"kind": "denunciation", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '53f9dec5384d8de9d0ab85a5c1ca103945910473435a07bfa38f2feba0031afb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (62, 18, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-11-30 21:40:35.55908+00', '102572e706c72d878ddff4332d98590f34d7dc3d30f830d76534292f52278a12');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (63, 19, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '9fe9a0ff76387534ab71e80e7f54239ceeb58c2db0f55f0b4727437c2ead6765');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (64, 20, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'ad553180ac76920bb71ad8ac4b41b545b086f47a95ef6fd972f436faf9114606');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '41f91f71c1efcb160d0fe15311377561a9a525d0be3c93b9e4b2facb85063a50');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (66, 21, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '37fc26613d6c9c07abb097036597f968eb666954376c01cf70d3cc68f5fe6aec');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '3a462f580f817822486d200831a41c8b461d8222c7ba549d809a777a16f85a9e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (68, 21, 'staff:1', 'assign', '{"assignee": "agent.fp.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '3ed94fdda06b2a7a4146f252c1d88e5bd05afbc0939fc72b2be38d75a87bf865');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (69, 22, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'd0e6ea639eb99fde4b22eab0db8ce4094bbe44ab42765795cc15f22ac58ffe3e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (71, 22, 'staff:1', 'assign', '{"assignee": "superviseur.fp@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '3e0a4cccccbed58b8ddcee41443a2632cb33ccf9035e2a2beb94068dcc8300bc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', 'd27724cd963d107632e51a942d8e2b87e0c699cecc2e03a8b03ff3e443d31c91');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (73, 23, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '64010a449e3ec6feac5b0ab1a564830052f8b5fd2e932b56cd0438364e1bc676');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '34ba80246e3d05e2dcaa9b4be39898bbc28944c5728bab172a94735202692b63');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (75, 23, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '695d1b44f2cbeef88b110c9bea7554ab93808ffa29abec4af55cfc30e437a7b1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '0dad52f11f1d4acd20fe5282b517b290a9dd9794778d8138ceeda80737d6e06c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (77, 23, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', '97a660db33c7b9533f41aab08287905e8b99d9634ed93257462dd25e23ce201c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (78, 24, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'ecfe5186e1ae5cd2fde538a96b11ac6d085e1b1b987916dc9c7eb7ddd8255168');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '204e28bc181996b017b181cf983077a987f4a9c3387a76900e964c698403aac1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (80, 24, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '86a11b1a71025b2fc79d56c8dea03ee831ac0acf1972799bbe43d6c3e09439de');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', '64683e5fd02a5997775e8a81e1608cb05db8bb34e14d24599524891ecf225d7b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (82, 24, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', '4c6ce156149a3153d91a70bb8679439fd775273289c9e0a31ea12b74f3188d35');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (83, 24, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-11-30 21:40:35.55908+00', 'dcdd493b85a6954b40ebd16fae5f00c420f2cfec1f17556e1782dad6ce9bf2c9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (84, 25, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', '9c5e3f6fdadb470b11019375422df52509c95f2247f0ccc38399d1603659bb7a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-30 21:40:35.55908+00', '92da0abb3637ea825f4b2553279c30a3bb64f13a692f221bc079a290e74b06d9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (86, 25, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 21:40:35.55908+00', '54c0232e3796daf41260ac9600521782cd44891fbaf8b1140d15ed1c40623de1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-30 21:40:35.55908+00', 'e0f7d918c7b8ba8057def4cbf53f910dfdb614eda5152cbf5281040a25304473');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (88, 25, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 21:40:35.55908+00', '7fbdb2832092d9cd26dd2831a074a8f427228e1c9604db3bfadff9b1881bb880');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-30 21:40:35.55908+00', 'a97dfc07830d1a0c796f8cbdb0b9eac8ad59ab024cfd21dffdbaa4362031b2da');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (90, 26, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'b1b1884158a4c65a0d3958bc82a2214303fb94159bbaec62a2a10deb7a066d06');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (91, 26, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30 21:40:35.55908+00', '2bbf200f790dfc17ae5ffbf78dc3a5ac8881c511c94dd4ff22d1cb423a0f9e70');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (92, 27, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:35.55908+00', 'd879b3ab174016fb743b64ced1d4cdda33a6264d313c88a922bba782dbbc7bd3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (93, 27, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-11-30 21:40:35.55908+00', '1304335d73f5c78479730d84bd254fe54f8de88d634427f15ee29d85d3b1e70f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (94, 28, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-10-26", "attachments": 0, "acknowledge_by": "2026-10-19"}', '2026-10-14 21:40:35.55908+00', 'd0caf714c9f9bb05364bd40594d831d76fc8e01f9575153023c87b00497a811f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (95, 29, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "sms", "category": "EDU-FEES", "answer_by": "2026-10-27", "attachments": 0, "acknowledge_by": "2026-10-21"}', '2026-10-17 20:40:35.55908+00', 'b9112802b66c5657dd5367e364a3c1e040c481028e411b43d73b5114efd6b679');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (96, 30, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-FEES", "answer_by": "2026-11-02", "attachments": 0, "acknowledge_by": "2026-10-26"}', '2026-10-21 19:40:35.55908+00', '980f5a3fed9f9fa9e675fb95f9df2991b1aa4c6e63355d690386656f7c9fd512');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (97, 31, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DELAY", "answer_by": "2026-11-03", "attachments": 0, "acknowledge_by": "2026-10-28"}', '2026-10-24 18:40:35.55908+00', '47e0f3efcc7ef87ee5754d2986667e1cce7b7cbad3883bbddf612e8c2bc6bfd8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (98, 32, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "ussd", "category": "SAN-STOCKOUT", "answer_by": "2026-11-09", "attachments": 0, "acknowledge_by": "2026-11-02"}', '2026-10-28 17:40:35.55908+00', '01fa264b3cbe85554e405d6b9c31bf7f062671595509660f754c54260b01b41b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (99, 33, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-ABSENCE", "answer_by": "2026-11-10", "attachments": 0, "acknowledge_by": "2026-11-04"}', '2026-10-31 16:40:35.55908+00', '13e67d3e4c5958344e1c6390eb2c4e1171ae7f7e5be5f998a6f562cf6e083d30');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (100, 34, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "sms", "category": "SAN-RECEPTION", "answer_by": "2026-11-16", "attachments": 0, "acknowledge_by": "2026-11-09"}', '2026-11-04 15:40:35.55908+00', 'd36c7fa2c4dea135ebef6a124218250fefab3524f054d45c667c25130c9b3c7a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (101, 35, 'staff:3', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "walk_in", "category": "FP-DOCS", "answer_by": "2026-11-17", "attachments": 0, "acknowledge_by": "2026-11-11"}', '2026-11-07 21:40:35.55908+00', '9ea2387c0035af5349a38b4228669861bf63220ec40097b5dc12d6fedd42c92f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (102, 36, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-20", "attachments": 0, "acknowledge_by": "2026-11-13"}', '2026-11-10 20:40:35.55908+00', '143c96acaaae328cee0db74b66277bd940c7d61acfd7875cc09aa2243aed4bce');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (103, 37, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-11-20", "attachments": 0, "acknowledge_by": "2026-11-13"}', '2026-11-10 19:40:35.55908+00', '58ace93d7f1934faebf02f1234397f8bf3e692a3d1e1f520b7e459edadfab4fc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (104, 38, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "sms", "category": "SAN-WAIT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-16"}', '2026-11-11 18:40:35.55908+00', '22537c0621ac1e64e795ef3e18e1524e497b18ff9ed479894fb2c81403b147dc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (105, 39, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 17:40:35.55908+00', '0bb5e6df470f8863150b96aaeb995b10a8f247e3feac1e3ca0c9d0fbeaaf4168');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (106, 40, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "ussd", "category": "EDU-CANTEEN", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 16:40:35.55908+00', '8b2a7a806a2e1d9bc8151d4165ddf6757cabc72231a73e1f58a8e11ca88bcea6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (107, 41, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DOCS", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-13 15:40:35.55908+00', '12a8df47f7ee175fd4bd29cd2cf897381c5ab017e4e13a67c6944618d7124038');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (108, 42, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-ABSENCE", "answer_by": "2026-11-24", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-14 21:40:35.55908+00', '456a58fa9be41f1ae04621e1393b1c5a83255d4f84de4eb058236d7e677f6a04');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (109, 43, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 20:40:35.55908+00', 'db338aef91d00cf8d5e6a3971f2950beac155d3fa5eeb12f780368bd0f5bf21b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (110, 44, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-RECEPTION", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 19:40:35.55908+00', '8dfa404780fb4b580df5186303209cab2c9238d2de0af4013b670a82300bd0c3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (111, 45, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF49", "channel": "sms", "category": "FP-CAREER", "answer_by": "2026-11-26", "attachments": 0, "acknowledge_by": "2026-11-19"}', '2026-11-16 18:40:35.55908+00', 'fc8d33ed43ad1ad3b47b0c6388e75feceb3aa9d3a4a5929b6c407884b3fc338f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (112, 46, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "web", "category": "EDU-EXAMS", "answer_by": "2026-11-27", "attachments": 0, "acknowledge_by": "2026-11-20"}', '2026-11-17 17:40:35.55908+00', '2f4f7b20e22ba0ab80ac93e448f9a211ae93d649f445b8aacd7cdcefb124ce66');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (113, 47, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-23"}', '2026-11-18 16:40:35.55908+00', '90834c054991167841788966dcef1fc10b6f5011ab8654698aa7a90c4e015d08');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (114, 48, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-CANTEEN", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-24"}', '2026-11-19 15:40:35.55908+00', 'cf553be3cf310397f4d67ff950b2cf6f7eee8279828e40c4eb66935b4e9eda8a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (115, 49, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "ussd", "category": "SAN-FREECARE", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-20 21:40:35.55908+00', '2e6aacc3ab04dece3459c266e9fccbfb52eadc37a9744f614042dc1adea48c61');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (116, 50, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "web", "category": "SAN-ABSENCE", "answer_by": "2026-12-01", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-21 20:40:35.55908+00', '78bb02eaae202bf014f69ab672db07b0611c92f36b349c7a98ed97bf6d64e69c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (117, 51, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF50", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-02", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-22 19:40:35.55908+00', '2c7fd1d42a0c7ca70d7ccc55b7e82baff6a38668f11436e429be764e5a6c9f4a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (118, 52, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "sms", "category": "EDU-ABSENCE", "answer_by": "2026-12-03", "attachments": 0, "acknowledge_by": "2026-11-26"}', '2026-11-23 18:40:35.55908+00', 'e45b1a8ea88c8d0558215313720c71cae8a2c15fc7bc09c8ecda146a919365c2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (119, 53, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-12-04", "attachments": 0, "acknowledge_by": "2026-11-27"}', '2026-11-24 17:40:35.55908+00', '4944ba826180392251b2b4f4dbf70cdc5a686a1b3b0f8ba9f6b17f97c9868af6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (120, 54, 'staff:3', 'received', '{"kind": "complaint", "unit": "JUS-BF49", "channel": "phone", "category": "JUS-DELAY", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-11-30"}', '2026-11-25 16:40:35.55908+00', '57b2b2270b52a6b39ca108ade2800644a616621a180a5f3dd9d387c1040cf39f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (121, 55, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-12-01"}', '2026-11-26 15:40:35.55908+00', 'e841dda829c2367a9f3282c03714394bc89553a746f2f704f2fd953eb8ace4ef');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (122, 56, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "web", "category": "JUS-FILES", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-27 21:40:35.55908+00', 'dd335ca72ae2b21421007ab4a3532d4b9911f5382b81253aa336b594795e4b0a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (123, 57, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "ussd", "category": "SAN-WAIT", "answer_by": "2026-12-08", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-28 20:40:35.55908+00', '765a66d7b95a6d92f8c69b821c437c1dfbe4547d87a035e6a594989a8477ccca');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (124, 58, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "web", "category": "FP-DOCS", "answer_by": "2026-12-09", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-29 19:40:35.55908+00', 'c6d2c93b13b3abaf458e06952ca9ff34ef59523dd2975511e9429efda7042d29');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (125, 28, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-10-19"}', '2026-11-30 21:40:37.417962+00', '24a30a1c67ffcc4dce15b25e6b29f8516b780cfacae2754891eccf2b9e4addc0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (126, 29, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-10-21"}', '2026-11-30 21:40:37.417962+00', '7b76a2892132138b9c5a7d2ae6540c3d23da546db17db571a82309707f12450d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (127, 30, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-10-26"}', '2026-11-30 21:40:37.417962+00', '9a4cc14030e5323a528d066a6dbb423f651b0e0cef2a92ae607abe4c8acc72f7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (128, 31, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-10-28"}', '2026-11-30 21:40:37.417962+00', 'f7585f24e58c1d3863a97c70045af1e49056031b8b8e4703bc3470e22cd8cc33');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (129, 32, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-02"}', '2026-11-30 21:40:37.417962+00', '8edfe1fe5de4a1f0aa1647d98db7e748efa8d8ab155f03512a7a4a3b5ff4477c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (130, 33, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-04"}', '2026-11-30 21:40:37.417962+00', 'a13284e93a6845c4d2bbbc76fa85e6579aeb4e86b04364362516999d09285290');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (131, 34, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-09"}', '2026-11-30 21:40:37.417962+00', '1d0122d1a82ca9bdc9d2cdc1f72234f8174b2f5461b92df4c95a4b4c48bb4dac');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (132, 35, 'system', 'escalate', '{"unit": "FP-BF53", "level": 1, "deadline": "2026-11-11"}', '2026-11-30 21:40:37.417962+00', '12d752d643fbd697d84aabe91088226e7b03427635ac21d71c00cd25e857ae8e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (133, 36, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-13"}', '2026-11-30 21:40:37.417962+00', '37b77cf0f76b6822c502c9a0725039c5358aff6ed2916dc21008fde0cdfbba0f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (134, 37, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-13"}', '2026-11-30 21:40:37.417962+00', '35dab942fa3abb5661081619ca2df89744a003902785c7f29b49946e5768024d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (135, 38, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-16"}', '2026-11-30 21:40:37.417962+00', 'bde758799f78cc038302fa6a1fc934e9d05fb9d9b44200279431569ef24401b7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (136, 39, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-11-30 21:40:37.417962+00', 'b635231a831b342fcd5d282dc681ef1bc67cfcc8fb375a5c747785cd22ad43cd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (137, 40, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-11-30 21:40:37.417962+00', '57b1295c416c10cc851b9ec5a0c852d8f01c23bb0b1bf564bbd7316f655cf134');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (138, 41, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 21:40:37.417962+00', 'f74a78f8446e54d01aa79814adaabd175bea7e163b178470a9fa5707b19e7824');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (139, 42, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 21:40:37.417962+00', '2b566cf699c98d35633aeaca4b953d8d1fbf2c0b953272c6584f0c6aed9d7750');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (140, 43, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 21:40:37.417962+00', 'eafb9f474a50b35d45c832a113b05d111d9838fa0e346cfd796e79d7212d42bd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (141, 44, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 21:40:37.417962+00', 'a0842cc609b552e8f63e823445832ab42f0b9d1102c84e7f05aa4af319d4d210');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (142, 45, 'system', 'escalate', '{"unit": "FP-BF49", "level": 1, "deadline": "2026-11-19"}', '2026-11-30 21:40:37.417962+00', '70d416b85ea1ec9353fcf9f5ef9e20beb4d73f3f7468990f007621eca2fca391');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (143, 46, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-11-20"}', '2026-11-30 21:40:37.417962+00', '989c041014d67c9b75e04c037b3c9b0f64c06f71c3ec54dc5aeeffb48975ad18');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (144, 47, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-23"}', '2026-11-30 21:40:37.417962+00', '95ce0434b81b8c06f5da2adfd0b8ae6b1f2464066444953379ceae20da251a75');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (145, 48, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-24"}', '2026-11-30 21:40:37.417962+00', '2edc655b63adc98f9207070cec2eda4624308d91df23f79f1571349c1f8b44d3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (146, 49, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-25"}', '2026-11-30 21:40:37.417962+00', '6bcdf82ae209dbba5fa9c71a1ead94a150ef298259ebb5c35eec9eb9e731d248');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (147, 50, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-25"}', '2026-11-30 21:40:37.417962+00', '71b7fe1a077682bdf4f720dcd8e7f7acfda3af23e30acb5f29795d4982e98855');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (148, 51, 'system', 'escalate', '{"unit": "SAN-BF50", "level": 1, "deadline": "2026-11-25"}', '2026-11-30 21:40:37.417962+00', '048467a8a05a6452fc55bb3f59b5572e8d5aedeee6746895dbdec87fc1f9f96d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (149, 52, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-26"}', '2026-11-30 21:40:37.417962+00', '652c33c4df41e5737d402389bfbc76058bb8b46a0cdd9e15fbebef35c06c96a5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (150, 53, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-27"}', '2026-11-30 21:40:37.417962+00', 'e9cdd64f10585d196241638ae9875b0231190f85b2f79415ab7c543574ccb858');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (151, 59, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 1, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:37.652968+00', '14cb2d4604b925339c4333dc7562425e23b2c92987a16305f1fee29671466f83');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (152, 60, 'staff:1', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "walk_in", "category": "EDU-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:37.681135+00', 'f4119f0d4aacf3c935fe740a466dedb0aa9b81eec40da9cd2a149bfaf66f54f6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (153, 60, 'staff:1', 'note', '{"text": "Appelé le directeur."}', '2026-11-30 21:40:37.701263+00', '266c924b8a83c28ad3482a2d62f92d213c60d27c37bd4a341eba721f3701e56c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (154, 61, 'public', 'received', '{"kind": "complaint", "unit": "GEN", "channel": "sms", "category": "GEN-OTHER", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 21:40:38.07359+00', 'ce03c1cdf6d9a6cb1774aa1b86bf62935243beda96b3b378fe9bd2d268b741e0');


--
-- Data for Name: complaint_search; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (1, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', '''1500'':11 ''3'':20 ''30'':5 ''5'':32 ''a'':8 ''alor'':22 ''an'':21,33 ''consult'':15 ''csp'':2 ''enfant'':18 ''f'':12 ''fait'':9 ''gratuit'':27 ''le'':24,29 ''moin'':30 ''pai'':10 ''secteur'':4 ''soin'':25');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (2, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', '''a'':10 ''achet'':20 ''amoxicillin'':13 ''cma'':8 ''depot'':5 ''depuis'':1 ''deux'':2 ''envoi'':19 ''ni'':14 ''pharmaceut'':6 ''plus'':11 ''semain'':3 ''sro'':16 ''vill'':22');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (3, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', '''14'':8 ''7'':5 ''a'':7 ''attendu'':3 ''enfant'':18 ''etre'':14 ''fievr'':23 ''fort'':22 ''h'':6,9 ''pediatr'':12 ''recus'':15 ''san'':13 ''urgenc'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (4, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', '''centr'':14 ''csp'':4 ''enceint'':21 ''femm'':20 ''ferm'':17 ''infirmi'':2 ''le'':19 ''repart'':23 ''rest'':16 ''semain'':12 ''tout'':10 ''venu'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (5, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', '''5000'':6 ''banc'':13 ''cp1'':19 ''ecol'':2 ''exig'':5 ''f'':7 ''fil'':17 ''frais'':9 ''inscrir'':15 ''primair'':3 ''publiqu'':4 ''tabl'':12 ''table-banc'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (5, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (6, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', '''absent'':6 ''cm2'':4 ''cour'':17 ''depuis'':7 ''elev'':13 ''enseign'':2 ''le'':12 ''octobr'':11 ''rentre'':9 ''restent'':14');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (6, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (7, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', '''a'':5,18 ''alor'':11 ''aucun'':7 ''cantin'':2 ''ecol'':20 ''ete'':16 ''le'':13 ''livr'':17 ''rep'':8 ''scolair'':3 ''serv'':6 ''trimestr'':10 ''vivr'':14');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (7, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (8, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', '''argent'':14 ''cep'':4 ''circul'':5 ''contr'':11 ''examen'':10 ''sujet'':2 ''veil'':7');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (9, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', '''2024'':6 ''avanc'':2 ''compt'':13 ''echelon'':4 ''malgr'':17 ''pris'':11 ''relanc'':19 ''salair'':16 ''toujour'':9 ''trois'':18');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (10, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', '''arret'':12 ''attend'':7 ''cel'':1 ''delivr'':9 ''fait'':2 ''integr'':14 ''mois'':4 ''quatr'':3');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (11, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', '''an'':11 ''aucun'':13 ''audienc'':14 ''depuis'':9 ''dossi'':2 ''pend'':6 ''san'':12 ''success'':4 ''tribunal'':8 ''trois'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (12, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', '''casi'':11 ''chaqu'':6 ''demand'':3 ''depuis'':13 ''judiciair'':12 ''mois'':15 ''reven'':5 ''semain'':7 ''simpl'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (13, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', '''1500'':11 ''3'':20 ''30'':5 ''5'':32 ''a'':8 ''alor'':22 ''an'':21,33 ''consult'':15 ''csp'':2 ''enfant'':18 ''f'':12 ''fait'':9 ''gratuit'':27 ''le'':24,29 ''moin'':30 ''pai'':10 ''secteur'':4 ''soin'':25');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (14, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', '''a'':10 ''achet'':20 ''amoxicillin'':13 ''cma'':8 ''depot'':5 ''depuis'':1 ''deux'':2 ''envoi'':19 ''ni'':14 ''pharmaceut'':6 ''plus'':11 ''semain'':3 ''sro'':16 ''vill'':22');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (14, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (15, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', '''14'':8 ''7'':5 ''a'':7 ''attendu'':3 ''enfant'':18 ''etre'':14 ''fievr'':23 ''fort'':22 ''h'':6,9 ''pediatr'':12 ''recus'':15 ''san'':13 ''urgenc'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (15, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (16, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', '''centr'':14 ''csp'':4 ''enceint'':21 ''femm'':20 ''ferm'':17 ''infirmi'':2 ''le'':19 ''repart'':23 ''rest'':16 ''semain'':12 ''tout'':10 ''venu'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (16, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (17, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', '''5000'':6 ''banc'':13 ''cp1'':19 ''ecol'':2 ''exig'':5 ''f'':7 ''fil'':17 ''frais'':9 ''inscrir'':15 ''primair'':3 ''publiqu'':4 ''tabl'':12 ''table-banc'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (18, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', '''absent'':6 ''cm2'':4 ''cour'':17 ''depuis'':7 ''elev'':13 ''enseign'':2 ''le'':12 ''octobr'':11 ''rentre'':9 ''restent'':14');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (19, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', '''a'':5,18 ''alor'':11 ''aucun'':7 ''cantin'':2 ''ecol'':20 ''ete'':16 ''le'':13 ''livr'':17 ''rep'':8 ''scolair'':3 ''serv'':6 ''trimestr'':10 ''vivr'':14');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (20, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', '''argent'':14 ''cep'':4 ''circul'':5 ''contr'':11 ''examen'':10 ''sujet'':2 ''veil'':7');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (21, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', '''2024'':6 ''avanc'':2 ''compt'':13 ''echelon'':4 ''malgr'':17 ''pris'':11 ''relanc'':19 ''salair'':16 ''toujour'':9 ''trois'':18');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (22, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', '''arret'':12 ''attend'':7 ''cel'':1 ''delivr'':9 ''fait'':2 ''integr'':14 ''mois'':4 ''quatr'':3');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (23, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', '''an'':11 ''aucun'':13 ''audienc'':14 ''depuis'':9 ''dossi'':2 ''pend'':6 ''san'':12 ''success'':4 ''tribunal'':8 ''trois'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (23, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (24, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', '''casi'':11 ''chaqu'':6 ''demand'':3 ''depuis'':13 ''judiciair'':12 ''mois'':15 ''reven'':5 ''semain'':7 ''simpl'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (24, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (25, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', '''1500'':11 ''3'':20 ''30'':5 ''5'':32 ''a'':8 ''alor'':22 ''an'':21,33 ''consult'':15 ''csp'':2 ''enfant'':18 ''f'':12 ''fait'':9 ''gratuit'':27 ''le'':24,29 ''moin'':30 ''pai'':10 ''secteur'':4 ''soin'':25');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (25, 'Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.', '''a'':9,16,19 ''agent'':14 ''apre'':1 ''aupr'':3 ''concern'':15 ''corrige'':11 ''ete'':10,17 ''merc'':22 ''ordre'':21 ''rappel'':18 ''signal'':25 ''situat'':8 ''structur'':6 ''verif'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (26, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', '''a'':10 ''achet'':20 ''amoxicillin'':13 ''cma'':8 ''depot'':5 ''depuis'':1 ''deux'':2 ''envoi'':19 ''ni'':14 ''pharmaceut'':6 ''plus'':11 ''semain'':3 ''sro'':16 ''vill'':22');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (27, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', '''14'':8 ''7'':5 ''a'':7 ''attendu'':3 ''enfant'':18 ''etre'':14 ''fievr'':23 ''fort'':22 ''h'':6,9 ''pediatr'':12 ''recus'':15 ''san'':13 ''urgenc'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (28, 'Attente de plus de six heures aux urgences sans être reçu.', '''attent'':1 ''etre'':10 ''heur'':6 ''plus'':3 ''recu'':11 ''san'':9 ''six'':5 ''urgenc'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (29, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.', '''cotis'':6 ''enfant'':12 ''exig'':2 ''frais'':4 ''inscrir'':10 ''non'':7 ''prevus'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (30, 'On m''a fait payer un carnet de santé qui devrait être gratuit.', '''a'':3 ''carnet'':7 ''devr'':11 ''etre'':12 ''fait'':4 ''gratuit'':13 ''pai'':5 ''sant'':9');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (31, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.', '''a'':4 ''an'':9 ''avanc'':6 ''depuis'':7 ''deux'':8 ''dossi'':2 ''tribunal'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (32, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.', '''contr'':4 ''depot'':8 ''depuis'':9 ''dix'':10 ''jour'':11 ''medic'':3 ''palud'':6 ''plus'':1');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (33, 'L''enseignant de CE2 est absent depuis trois semaines.', '''absent'':6 ''ce2'':4 ''depuis'':7 ''enseign'':2 ''semain'':9 ''trois'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (34, 'L''accueil a été très désagréable avec une femme enceinte.', '''a'':3 ''accueil'':2 ''desagre'':6 ''enceint'':10 ''ete'':4 ''femm'':9 ''tre'':5');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (35, 'J''attends mon attestation de travail depuis cinq mois.', '''attend'':2 ''attest'':4 ''cinq'':8 ''depuis'':7 ''mois'':9 ''travail'':6');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (36, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.', '''a'':5 ''beb'':12 ''consult'':9 ''csp'':2 ''fait'':6 ''mois'':15 ''pai'':7 ''six'':14');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (37, 'L''école demande 3000 F de frais de table-bancs à chaque élève.', '''3000'':4 ''a'':12 ''banc'':11 ''chaqu'':13 ''demand'':3 ''ecol'':2 ''elev'':14 ''f'':5 ''frais'':7 ''tabl'':10 ''table-banc'':9');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (38, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.', '''10'':5 ''7'':13 ''a'':4,12 ''alor'':7 ''centr'':10 ''commencent'':3 ''consult'':2 ''h'':6,14 ''le'':1 ''ouvr'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (39, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.', '''a'':4 ''depot'':2 ''enfant'':13 ''le'':12 ''ni'':8 ''plus'':5 ''sro'':7 ''zinc'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (40, 'La cantine n''a pas fonctionné depuis la rentrée.', '''a'':4 ''cantin'':2 ''depuis'':7 ''fonction'':6 ''rentre'':9');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (41, 'On me demande de l''argent pour délivrer un certificat de nationalité.', '''argent'':6 ''certificat'':10 ''delivr'':8 ''demand'':3 ''nationalit'':12');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (42, 'Le major du CSPS est absent tous les vendredis.', '''absent'':6 ''csp'':4 ''le'':8 ''major'':2 ''tous'':7 ''vendred'':9');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (43, 'Attente de toute une journée pour une échographie.', '''attent'':1 ''echograph'':8 ''journe'':5 ''tout'':3');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (44, 'Un agent a insulté ma mère à l''accueil du centre.', '''a'':3,7 ''accueil'':9 ''agent'':2 ''centr'':11 ''insult'':4 ''mer'':6');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (45, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.', '''appliqu'':7 ''reclass'':2 ''salair'':10 ''toujour'':5');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (46, 'Des notes du BEPC blanc ont été vendues à certains élèves.', '''a'':9 ''bepc'':4 ''blanc'':5 ''certain'':10 ''elev'':11 ''ete'':7 ''not'':2 ''vendu'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (47, 'On m''a demandé de payer les gants et la seringue à la maternité.', '''a'':3,12 ''demand'':4 ''gant'':8 ''le'':7 ''maternit'':14 ''pai'':6 ''seringu'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (48, 'Les vivres de la cantine sont vendus au marché par le gérant.', '''cantin'':5 ''ger'':12 ''le'':1 ''march'':9 ''vendus'':7 ''vivr'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (49, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.', '''an'':10 ''applique'':14 ''cinq'':9 ''gratuit'':2 ''le'':6 ''moin'':7 ''soin'':4');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (50, 'Le centre est resté fermé deux jours sans explication.', '''centr'':2 ''deux'':6 ''expliqu'':9 ''ferm'':5 ''jour'':7 ''rest'':4 ''san'':8');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (51, 'On fait payer les pansements aux malades hospitalisés.', '''fait'':2 ''hospitalis'':8 ''le'':4 ''malad'':7 ''pai'':3 ''pans'':5');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (52, 'Deux enseignants de l''école sont absents depuis la fête.', '''absent'':7 ''depuis'':8 ''deux'':1 ''ecol'':5 ''enseign'':2 ''fet'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (53, 'Le directeur exige une cotisation pour la fête de fin d''année.', '''anne'':12 ''cotis'':5 ''directeur'':2 ''exig'':3 ''fet'':8 ''fin'':10');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (54, 'Mon jugement n''est pas rédigé un an après l''audience.', '''an'':8 ''apre'':9 ''audienc'':11 ''jug'':2 ''redig'':6');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (55, 'Le vaccin contre la rougeole manque depuis deux semaines.', '''contr'':3 ''depuis'':7 ''deux'':8 ''manqu'':6 ''rougeol'':5 ''semain'':9 ''vaccin'':2');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (56, 'Mon dossier a été perdu par le greffe.', '''a'':3 ''dossi'':2 ''ete'':4 ''greff'':8 ''perdu'':5');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (57, 'Attente de cinq heures pour un vaccin.', '''attent'':1 ''cinq'':3 ''heur'':4 ''vaccin'':7');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (58, 'On me demande de revenir chaque semaine pour un acte d''intégration.', '''acte'':10 ''chaqu'':6 ''demand'':3 ''integr'':12 ''reven'':5 ''semain'':7');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (59, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', '''2000'':5 ''a'':3 ''carnet'':9 ''demand'':4 ''f'':6 ''gratuit'':14 ''sant'':11');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (60, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', '''3000'':4 ''cep'':12 ''directeur'':2 ''dossi'':9 ''exig'':3 ''f'':5 ''frais'':7');
INSERT INTO public.complaint_search (complaint_id, body, tsv) VALUES (61, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', '''csp'':2 ''depuis'':7 ''ferm'':6 ''lund'':8 ''person'':9 ''pissy'':4 ''recevoir'':12');


--
-- Data for Name: complaints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (1, 'HPZ0MZNR4NV', 'e5940e5581e08d2110d47890a7fa37e24a28a4620e450ba20b610c39d7b287f4', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x69dae1c5e149294c2258a135fecba55f6467b074fc21f575c8385e363a49327d1fc313911daf38c881c19c0ae22357369ab3ad4f2b27e86b5581dc7c98654987', 'received', NULL, 0, 0, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (2, '16N8XC6KB1Z', '985d0c8e87319a36fe0fa3d40b31690af34dbcd5c00a0a5e88aa6e7460b206f6', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'accepted', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (3, 'V9HSQX48WGC', 'eacbb3cf078566226f8c4885ca7e4f018d49d19ea1101f2780a3d16a9a063bcd', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x29b39d585bbf23dc713c47a2d798f2c718350840c12fbcecba58413424836bfb876cdbd3ad2769cc2f50d83463ba934f5d15d7a97a2bee85fd32982241bf1d60', 'assigned', 5, 0, 2, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (4, 'ADSRTNZPRVJ', '9b0cb877753a9b6257608512a6a595f81baf8b8727c9898b852d21f97e47bd1b', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\x4d339413e437f526b47667e7d0e81930593bb06100fabf038036fe36dae26a9dcc308057118d4ee2d8f5be7e83d4342d5f02c7d75eb08b544fd7399c8bfea305', 'in_progress', 4, 0, 3, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (5, 'HNM87KJVPCV', '60e15526886f2de0834dc8ba3dcb0d34c85b8a453d7f3e4909783b1f2b10e70b', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x503669156c9c3cfbe7303917b5eb31cd3f6913ae42bd57bb59ee51ba0cf6f382af479c53f37c4df23e4371b628192aef3d5e43195a413305e26428e91c823e9c', 'answered', 8, 0, 4, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (6, 'M041DCJX3FK', '48de33d3c65f4556004e4be25344e74e4448873eba72dd8a619277a479b0538c', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'appealed', 7, 0, 5, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (7, '85VPD8FJ1YQ', 'b0024637d585d2dcc1acef6343b733fd76a70d43b190a8a702b1fa7f926306e0', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\x6fb9823f1eaf4406956dad66a4429669701f30620e506ed4145ceb0d6a70a17dfa4371ee20b263a84a787511e8fc3c7059c767adccc682eed890de8f4ea8f5c8', 'closed', 7, 0, 5, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (8, '0C11JDWJFNY', '492b3ddc691eea11608649a522ca8b4aff51daca78d6b014d27f489ad86d5f10', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x45907a16c3836f58a21039e51062e3c366ec2a2302a28870bcf6be8c88a0987daedd9479bce96cecdd24496f05919426c0b4c923052961a653bdaed86f2edf5e', 'rejected', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (9, '9PYRYXZTK1S', 'bcdab3e196b2a84a174c5cbb125faa0616bf26b10f95ea75fe1875ba280d2f7e', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\x9db15591875f2de0340e9c9bcbfc692121bcabab36f3f70993c2a12abc8eacb479e9703968b7ae5db3da48dc04ae527c646f9ced22721a617269b2a4b8eeb896', 'withdrawn', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (10, 'K2X9JKEKTSZ', 'fa33587c7ea0ab607e07af6ffeddb9d5d03008f21aa8814c435b967e23bc4b0a', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (11, 'Z10T4YM832Y', '9c8d5f883303fbf8e549d5e0b312f8569b645614eab37c39f4e2322ca84a4eb2', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\x8e65807b0cb763ba51a9c17f29d636738e1375fd8f753713b45c946dd052b5dbd8206fc3423678ef7d02da8dde60bee6b14c98ec69dbae3ea69ae0e987422bbe', 'accepted', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (12, 'E6NY636W5F6', '7a726309bebe47bf8f4ac3780f10d80f96e551d46df1c56dd11352378677b03f', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\xd4b66c937840d0d3e7111538293eb480940d7b0d91861843b41519a768f097d850e2ada6013184c7e4200413b35f3cb7eea98aaf15246a44cbc2e18e29c796f2', 'assigned', 11, 0, 2, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (13, 'GX848JF184Q', '3f034098b5a41a057876399c033fe63ebf71a1c16ad956a49e23a2f4c508b497', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x857a719c6d92be8393737b1577a7be1f50d9b6adbf7086d440ef8b99e74a3cd5c7f0ac386de0b87e91cabd531469b27c7cbe5fd1e6d99596fbbca82cc3892cbe', 'in_progress', 5, 0, 3, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (14, '2W3AVAJRHM2', '3dbf9422fc7ccc824b177b7ffb50a5c3c7916ffea4564ce5f6c267cf3620e247', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'answered', 6, 0, 4, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (15, '1A3PX8MDG1E', '3667ba447d439fa3fd5243fe90f511cafb35b1b3d77dc20051967b99087bd430', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x730c72e16c5d8eb8d009baaf33caf92ce81ee61751c6c7d5ceb9301e4e7b51ee0d7b7199e6594f4450f1ba051c87bbbd530160aa53743c9f999835edf8f00339', 'appealed', 5, 0, 5, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (16, '9RWFYS05YGJ', '6387a8bcc6ef21bc39f46e4911e67b99903070b0d349cc0fe9b074bc952f3955', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\x543e3508f6912b007bde7cd3dc2e17e7299da6376105ccbae827a66639db6ecc9aa6442b33f7817e8fb6e17bb58150b26a601fd92ff56f85abbc202c14df07cc', 'closed', 4, 0, 5, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (17, '3DQWD40CAGV', '0a3af9ccdc53329330eccf1f083f74440f358f21a14eceea903a0a38a4d59c12', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x1931af5cdf638a981ff370d2b7f64d3b21a1b5875c61a4513c8bed9172e7e21a1da7635be569189420b2ef04f8789767270e89d7d106533fc490542c943d7dd3', 'rejected', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (18, '55JZD9CG39Z', '8abfb2f8154d5155e93b0c21d22d9e6e6310fa3196b7d2e6d44148273c3efeae', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'withdrawn', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (19, 'AMHTY7JG3J0', '63bfccab9f49c45d2439722d37cb713a3a3fb5de123fdbc6c1fb3f97cd8c8600', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\x5ed21a30d2e31556346e5ec3620dee14689ccf80c7cb2a2bc5218e00fec556ed7e9c14a6a6bed5fb21d816bbf63b64b3194709f8e6b265935df6f73ea5a15831', 'received', NULL, 0, 0, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (20, 'M6TSHHDTTSG', '58f0f765825548dd788283720c4b5dd61e484fd5ce9ad0f30b2083aab00220fd', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x1d1414c577841dc936234861506e761aca13e3edaa2068ecf2b45ae465cf6cb48bc8af97d9ae02fa63f36eb50594976ced417376dfb9204827a23fff7666c195', 'accepted', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (21, 'WQMCXP2RD5N', '6eaec2ac2ba0f3a0c0fa066cc39ba0febdc678a184f3e368091ae9f251e048d3', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\x8233e7f943a0f34c2d65731b1ee9fb3dfd470e808bc6910164bb6f1aa4b7eb8e611d92a9988007e0df1da4a3f734332e6cc7a649d3e360e0faa7202f52639da4', 'assigned', 10, 0, 2, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (22, 'KD1M77FKHN2', 'e2f6e2d6578177951da64ba27425b4e393b65385ad62a848aaf881d8b036b14d', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'in_progress', 9, 0, 3, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (23, '9SYE81Y2FM6', '8bbc6d937e96615d0ba42ed758ef0921e1b95950a2b1ba4c57b8a5570796ba28', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\x753a066a0bc48d16f8f30afba1ba967dfabea93f0677566bd26d6415ad2c3a1844da12eb82b49fbed0b712f23ce9730feacb02dee74cd62b2c5707b65bd8f234', 'answered', 11, 0, 4, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (24, '9X48JWVXYXE', 'fe04d07c9dde4ff9779a3614e64e5e85020981f1222e88287f0cb9f4bfe337f8', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\x0502cf2d3956618fd7fd0dba33b32ef26e87de0d3c338b15eb3d6978768207e0577b175ef4c57bdb73841e0fa9883f5c05dc6a91f91111c4b8bc78fb2a755035', 'appealed', 11, 0, 5, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (25, 'B3A9TWNFMW0', 'e063ea2ae3b12a68abf74056c6c38050776e55588a84dc7c293d7201d063568b', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x17d650d99c38cdbeac08ba175cf01006e205b856f1443a1626549bc0b20e1cfdfaa2da9ffb033db153f9ddecf736e8d57cb9a2e126219eea4ad5cf4b5839abfb', 'closed', 5, 0, 5, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (26, 'Z497P6839NY', '47ac80d307cf292ecf53b20047c9a706fa3af9dd10b11a0d7577a8e7a5cfc792', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'rejected', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', '2026-11-30 21:40:35.55908+00', NULL, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (27, 'ZT1NY4FW842', 'd6802d115fdbb0aab9eae692f23c5ed5cafaa38b90211ae75d0db1df26e97328', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x555004e84eebbeb8f303ed77806a054425da0c9b89d2513a925f90c8602715cb7524b9c9f733895f024e28576b061c3fa6d2629920853981c4acf042cb8e49d9', 'withdrawn', NULL, 0, 1, '2026-11-30 21:40:35.55908+00', '2026-11-30 21:40:35.55908+00', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (30, '5E2KGAN6W3F', '20e8e977c34141d940dfd7d01910b8e8fd69d351d5c9da734b153dc1a79ec176', 'complaint', 'phone', 'fr', 'SAN-FEES', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'On m''a fait payer un carnet de santé qui devrait être gratuit.', false, NULL, 'received', NULL, 1, 1, '2026-10-21 19:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-10-26', '2026-11-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (31, '1TDHRR9KXJZ', 'e48d56fc29ff7bda0b5f3ad16e8b8ab91b597651bf4a94b00f8b171068d2ce07', 'complaint', 'web', 'dyu', 'JUS-DELAY', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.', true, NULL, 'received', NULL, 1, 1, '2026-10-24 18:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-10-28', '2026-11-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (32, 'NBD5B33YNB2', '20613f67a448e041675570855b79a056e05c99b03e9c74f5b63283f34016c4ae', 'complaint', 'ussd', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.', false, NULL, 'received', NULL, 1, 1, '2026-10-28 17:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-02', '2026-11-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (33, '4EBTFD5C8M9', 'dec3e43abaae854fe156d30fc7c5091c514aab96f789946d9470892791fc3417', 'complaint', 'web', 'mos', 'EDU-ABSENCE', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'L''enseignant de CE2 est absent depuis trois semaines.', false, NULL, 'received', NULL, 1, 1, '2026-10-31 16:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-04', '2026-11-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (34, 'WBARF9R28N3', '89890ac0260524cba9522e66c0eb481ea93c5bc4f144a2c3dd9c15efbb5877e1', 'complaint', 'sms', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'L''accueil a été très désagréable avec une femme enceinte.', true, NULL, 'received', NULL, 1, 1, '2026-11-04 15:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-09', '2026-11-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (35, 'T5WQCB1Z7J3', '1781f7bbf91c46d2d8be9e851a4cebdb2141cddbff2da0760c7228db7ab652b8', 'complaint', 'walk_in', 'dyu', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'J''attends mon attestation de travail depuis cinq mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-07 21:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-11', '2026-11-17', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (36, '5FWNG9VQ5PR', 'e151ed7a7cd3eda868659f19daacf0653887969304f88123e533f68b76bb7d0d', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-10 20:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (37, 'W0AX1N1VSSF', '0714fd901de19002d4ad2f627324c70e458a92ce632a847cb9b4ed4bf583c2c4', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école demande 3000 F de frais de table-bancs à chaque élève.', true, NULL, 'received', NULL, 1, 1, '2026-11-10 19:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-TANGHIN-A');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (38, 'SJGNXM9N9G3', 'f739cf3d44f2e1d7ccb8d09e3487fd65524d0dd810e82aaeac306ad7dca993c3', 'complaint', 'sms', 'fr', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.', false, NULL, 'received', NULL, 1, 1, '2026-11-11 18:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-16', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (39, '61AGYZRGZ88', 'acffe81f0ebf32b365123db23dda9c8112aaaeaae6b3b15544b77d0c7c72bde6', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130006', NULL, NULL, NULL, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.', false, NULL, 'received', NULL, 1, 1, '2026-11-12 17:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-WEND-KUUNI');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (40, '03V39GNTAT6', '36e1bffbad7782b89d6e44fe75b01e55699ddc3a835e4d2b29cad0c999488a4c', 'complaint', 'ussd', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'La cantine n''a pas fonctionné depuis la rentrée.', true, NULL, 'received', NULL, 1, 1, '2026-11-12 16:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (41, 'J019DB54C6K', '2e952a6efa9df87d11fb411a95cccdf55a7c9d19eb47ea7b917a7088fb4749e6', 'complaint', 'web', 'mos', 'JUS-DOCS', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'On me demande de l''argent pour délivrer un certificat de nationalité.', false, NULL, 'received', NULL, 1, 1, '2026-11-13 15:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-18', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-OUAGADOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (42, 'D9R86WB2514', 'cd78453e5b003e7432a0d726fb29351b297947860b855f97b0764d7d1c72a41a', 'complaint', 'phone', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le major du CSPS est absent tous les vendredis.', false, NULL, 'received', NULL, 1, 1, '2026-11-14 21:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-18', '2026-11-24', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (43, '8T85PP7Q0WZ', '25ad49f930e956414e0dbb84d787a548bf548ac25f682492e0522a5701092a47', 'complaint', 'web', 'dyu', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Attente de toute une journée pour une échographie.', true, NULL, 'received', NULL, 1, 1, '2026-11-15 20:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CMA-DO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (44, '7RR6Q1HQSEP', '2f04fb33f787493a2893ccca5c869529a875e21c6fcef3dc116e844d054f5fe1', 'complaint', 'web', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Un agent a insulté ma mère à l''accueil du centre.', false, NULL, 'received', NULL, 1, 1, '2026-11-15 19:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (45, 'VEG5Q1FKG80', '333b4a42a4150b88ba446689a36e89ffc16cbceffbce8ad79c17e02586046574', 'complaint', 'sms', 'mos', 'FP-CAREER', 'FP-BF49', 'BF490304', NULL, NULL, NULL, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.', false, NULL, 'received', NULL, 1, 1, '2026-11-16 18:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-19', '2026-11-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (54, '1SEW78PYAZJ', '0ad2b29638f7cfa169c3b846e769b05d83ecaaf66ceac4ddeac65b624fe2f830', 'complaint', 'phone', 'fr', 'JUS-DELAY', 'JUS-BF49', 'BF490304', NULL, NULL, NULL, 'Mon jugement n''est pas rédigé un an après l''audience.', false, NULL, 'received', NULL, 0, 0, '2026-11-25 16:40:35.55908+00', '2026-11-25 16:40:35.55908+00', '2026-11-30', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (55, 'SF3T81WBFH3', 'c551784fc85d780d5589917a378c68b5c95384fe5861edf09d4e9696bdff79f8', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Le vaccin contre la rougeole manque depuis deux semaines.', true, NULL, 'received', NULL, 0, 0, '2026-11-26 15:40:35.55908+00', '2026-11-26 15:40:35.55908+00', '2026-12-01', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (56, 'ZXW36GEB2GP', '7643d82f50c1769b3c9d02c9ec55a4fb4e66d709d5627aa6a6df94c9c22d41f2', 'complaint', 'web', 'fr', 'JUS-FILES', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier a été perdu par le greffe.', false, NULL, 'received', NULL, 0, 0, '2026-11-27 21:40:35.55908+00', '2026-11-27 21:40:35.55908+00', '2026-12-02', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-BOBO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (57, '8DXBMHA49W0', 'e4c90c9ba550d60af798bedd9011d35013bfc716512e09d577d9dc81a210d25e', 'complaint', 'ussd', 'mos', 'SAN-WAIT', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Attente de cinq heures pour un vaccin.', false, NULL, 'received', NULL, 0, 0, '2026-11-28 20:40:35.55908+00', '2026-11-28 20:40:35.55908+00', '2026-12-02', '2026-12-08', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (58, 'GGVSPA95SGA', '547a16cb9a92354cce725fed16282017b663fe96a079cb7c3959a7ab5d6bbeef', 'complaint', 'web', 'fr', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un acte d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-11-29 19:40:35.55908+00', '2026-11-29 19:40:35.55908+00', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'DRFP-GUIRIKO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (28, 'B5KFANC440D', '034f36a2ab48d8bfdd101b42a9af18ad981184cbd79d55ad3f9b7301fb5c0951', 'complaint', 'web', 'fr', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Attente de plus de six heures aux urgences sans être reçu.', true, NULL, 'received', NULL, 1, 1, '2026-10-14 21:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-10-19', '2026-10-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (29, '9Q0AQ317F6D', '1b7b71bb1cec3cddcce4eb9ad2f564494b5c8bfcc6441dd466ca499802878ec2', 'complaint', 'sms', 'mos', 'EDU-FEES', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.', false, NULL, 'received', NULL, 1, 1, '2026-10-17 20:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-10-21', '2026-10-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (46, 'F101WEQCES5', '86ad0c0a28bc5eed1f0874fec685ea8dd80215fed5628bf06702cb62fe3ee294', 'complaint', 'web', 'fr', 'EDU-EXAMS', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'Des notes du BEPC blanc ont été vendues à certains élèves.', true, NULL, 'received', NULL, 1, 1, '2026-11-17 17:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-20', '2026-11-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'LYCEE-OUEZZIN');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (47, 'SAY9AS03HDN', '218813a7cb77c23359602c0e8394a97b7d49a731546764b18c50082125b76c88', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'On m''a demandé de payer les gants et la seringue à la maternité.', false, NULL, 'received', NULL, 1, 1, '2026-11-18 16:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-23', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (48, 'SBYXNSDGW30', 'f309d555e653f798221dc290141f4862ffaafdbc8fb52be08d1740b03a4ec4d2', 'complaint', 'web', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130002', NULL, NULL, NULL, 'Les vivres de la cantine sont vendus au marché par le gérant.', false, NULL, 'received', NULL, 1, 1, '2026-11-19 15:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-24', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KOMSILGA-CENTRE');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (49, '3YAGH28HJ11', '7bd934b5377f24293647b2a47afca70759121a51535a4b24ffe058b13c3eca1c', 'complaint', 'ussd', 'mos', 'SAN-FREECARE', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.', true, NULL, 'received', NULL, 1, 1, '2026-11-20 21:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-25', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (50, 'AXHSH1J0YXS', '695c01b49e9210f32236afef2fd045b8739c2a1b57ba620aa2fa72ba0c6056fa', 'complaint', 'web', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le centre est resté fermé deux jours sans explication.', false, NULL, 'received', NULL, 1, 1, '2026-11-21 20:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-25', '2026-12-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-KAYA-5');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (51, 'VXGE9BH2N2H', 'e09bcb6ca4820f10c1d1d7904ca19f00b243ade7c19298d8e80f3694879536e5', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF50', 'BF500105', NULL, NULL, NULL, 'On fait payer les pansements aux malades hospitalisés.', false, NULL, 'received', NULL, 1, 1, '2026-11-22 19:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-25', '2026-12-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CHR-KOUDOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (52, '0JM0QGM22Q6', '851f009c5e3bf5d4f4cbf33dec0dd47bc62bf1ded1c91e0b0c6c840f81e775f5', 'complaint', 'sms', 'fr', 'EDU-ABSENCE', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Deux enseignants de l''école sont absents depuis la fête.', true, NULL, 'received', NULL, 1, 1, '2026-11-23 18:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-26', '2026-12-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (53, 'JBSTPN8AAJY', '37f23770e9ef85b86b50c67b434ac2916aef1ccf5ff27ffd0e1b8daa3c31e8f7', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'Le directeur exige une cotisation pour la fête de fin d''année.', false, NULL, 'received', NULL, 1, 1, '2026-11-24 17:40:35.55908+00', '2026-11-30 21:40:37.417962+00', '2026-11-27', '2026-12-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KAYA-B');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (59, 'DN68B2EWVX6', '8f27c5ae9ef6945b1f2e058c2d8a01d7d45a9b5e1259eb3b19aca74d67dd5b57', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', false, '\xaa61a86641dcfb29885d41ee9651a33950d830cd150d61530c981cf4c50277a13f8551efc339c5fe01110a0f72f871a06d72cb6fb974a1c98fcef4204000b236f3f154e61399016fe986528b30bce1fb55db631bc1811026', 'received', NULL, 0, 0, '2026-11-30 21:40:37.652968+00', '2026-11-30 21:40:37.652968+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (60, 'GEZKFRS7411', '141882855d5a801ec3e49702634c51d0d028666b7e16ad3c8c8701f1698b66a6', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', false, '\x0b9f01f24f2f8e98de3b660da80d92c874d96af70b52c79b089c351f5d5b8ac28ee19243f709284aab253d620984e04fba526882a61de65937848a4b6c5bf31744b16d266cd941ea8a9a7f5ff4396b011f7adafde9f76bf18d', 'received', NULL, 0, 1, '2026-11-30 21:40:37.681135+00', '2026-11-30 21:40:37.701263+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (61, 'J0V2JDV5NCH', '3a0881577159cad0000e266b92e4aae1503ed9b73649ebefa70df938a92932c5', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', false, '\x8f8ffc59fbe6ff027b38569ec06b4ac80ab73141459dbaab5f2c2fc646f60ad6ee6eac4ee0532ca8109d10bb037388e94119cc000322d47787469c46ee3060a6', 'received', NULL, 0, 0, '2026-11-30 21:40:38.07359+00', '2026-11-30 21:40:38.07359+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, '7b1442e0d6aa2c59525a3d107b6218ea1b67f368206134332bc11e9187e1e6c9', NULL, NULL, NULL);


--
-- Data for Name: departments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.departments (code, name_fr, name_en) VALUES ('EDU', 'Éducation', 'Education');
INSERT INTO public.departments (code, name_fr, name_en) VALUES ('SAN', 'Santé', 'Health');
INSERT INTO public.departments (code, name_fr, name_en) VALUES ('FP', 'Fonction publique', 'Civil service');
INSERT INTO public.departments (code, name_fr, name_en) VALUES ('JUS', 'Justice', 'Justice');
INSERT INTO public.departments (code, name_fr, name_en) VALUES ('GEN', 'À orienter', 'To be routed');


--
-- Data for Name: guide_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.guide_versions (id, category_code, version, procedure, templates, created_by, created_at) VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-30 21:40:38.002066+00');


--
-- Data for Name: holidays; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('01-01', 'Jour de l''An', 'New Year''s Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('03-08', 'Journée internationale des droits de la femme', 'International Women''s Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('05-01', 'Fête du travail', 'Labour Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('05-15', 'Journée des coutumes et traditions', 'Customs and Traditions Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('08-15', 'Assomption', 'Assumption Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('12-11', 'Fête nationale (proclamation de la République)', 'National Day (proclamation of the Republic)');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('12-25', 'Noël', 'Christmas Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('easter+39', 'Ascension', 'Ascension Day');
INSERT INTO public.holidays (rule, name_fr, name_en) VALUES ('2027-03-10', 'Jour férié de test', 'Test holiday');


--
-- Data for Name: inbound_messages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.inbound_messages (id, channel, gateway_id, sender_key, received_at, limited, reply) VALUES (1, 'sms', 'fixture-v24', '7b1442e0d6aa2c59525a3d107b6218ea1b67f368206134332bc11e9187e1e6c9', '2026-11-30 21:40:38.07359+00', false, '\xc0b92838bed6cef4184324f0a61d4a2b6ec4e51281b66534308c22d92f06278e168f13642da060e5d4b996b7faac1e446ec0c12655f16f70a036b47087b16022bc3ec3d6289b4754815fd1ab2f90818acbb76917c8fdddfe4791b8d6338da0376dec188a30f7e77f395aee8a28ae3c0efa6328810424f9b6b9bb777022dd89b8f241af57969f70e2f8eff808a24282bebb4e5dab2f54ab8eb92f02925b3e81962a8cb6308186645ecd12d5e2740447a077a56e4caa438a58f01699d63e90b5946ca8');


--
-- Data for Name: intake_days; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'SAN-BF49', 'BF49', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'EDU-BF13', 'BF13', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'EDU-BF50', 'BF50', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'EDU-BF54', 'BF54', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'EDU-BF64', 'BF64', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'FP-BF13', 'BF13', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'FP-BF57', 'BF57', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'JUS-BF53', 'BF53', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'JUS-BF63', 'BF63', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'SAN-BF53', 'BF53', 'api', '', 3);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'SAN-BF13', 'BF13', 'api', '', 6);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-14', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-17', 'EDU-BF53', 'BF53', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-21', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-24', 'JUS-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-28', 'SAN-BF53', 'BF53', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-31', 'EDU-BF49', 'BF49', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-04', 'SAN-BF13', 'BF13', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-07', 'FP-BF53', 'BF53', 'walk_in', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-10', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-10', 'EDU-BF13', 'BF13', 'web', 'EPP-TANGHIN-A', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-11', 'SAN-BF53', 'BF53', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'SAN-BF13', 'BF13', 'web', 'CSPS-WEND-KUUNI', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'EDU-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-13', 'JUS-BF13', 'BF13', 'web', 'TGI-OUAGADOUGOU', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-14', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-15', 'SAN-BF53', 'BF53', 'web', 'CMA-DO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-15', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-16', 'FP-BF49', 'BF49', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-17', 'EDU-BF53', 'BF53', 'web', 'LYCEE-OUEZZIN', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-18', 'SAN-BF53', 'BF53', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-19', 'EDU-BF13', 'BF13', 'web', 'EPP-KOMSILGA-CENTRE', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-20', 'SAN-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-21', 'SAN-BF49', 'BF49', 'web', 'CSPS-KAYA-5', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-22', 'SAN-BF50', 'BF50', 'web', 'CHR-KOUDOUGOU', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-23', 'EDU-BF13', 'BF13', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-24', 'EDU-BF49', 'BF49', 'web', 'EPP-KAYA-B', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-25', 'JUS-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-26', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-27', 'JUS-BF53', 'BF53', 'web', 'TGI-BOBO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-28', 'SAN-BF49', 'BF49', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-29', 'FP-BF53', 'BF53', 'web', 'DRFP-GUIRIKO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'EDU-BF13', 'BF13', 'walk_in', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'GEN', '', 'sms', '', 1);


--
-- Data for Name: intake_receipts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('web:c4c786d8aac3270b60a338bd3c592da6:ff1d020ec0f7086e', 59, '\x24255aa1eef4e2ebca980af035f503e8a8c4a4160293368521929c2b9ef40519d825e3c9101e4c0f02ee6b0f0304f271', '2026-11-30 21:40:37.652968+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('api:staff1:fixture-v24-1:56874d94594a999763fbea2978c3fe0f', 60, '\x5ef1c9b84b3754353275b0fb2cb32f0066732a55fe937cadd3138e7d058aaf42046f38e1efde63e25b83c44df050a417', '2026-11-30 21:40:37.681135+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('sms:fixture-v24', 61, '\xde1c92b77324fd680c8aacb00c9a383a1beda946bec973e3c591875fde7bf39cb93165dd84b1b599a95ff98022f84f06', '2026-11-30 21:40:38.07359+00');


--
-- Data for Name: key_rotation; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (1, 1, 'sms', '\xfcd24fbd48761a072a82ea11070af6336a125e532da3796fd0c2366cce86aa4303c99c887bd4b295c209d50c7adb456ee4cff6d8', 'fr', 'receipt', '{"code": "HPZ0-MZNR-4NV", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (2, 3, 'sms', '\xb50bb3ea2192da6122f8ddf06e30a7631e002aaf4fab24781271d559b196e9601953bf341e4cc4a58cf5411e67657fa0c6d63663', 'dyu', 'receipt', '{"code": "V9HS-QX48-WGC", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (3, 3, 'sms', '\x001021932cd665816cef40ff6704539c6e506ac1cff231d701d58bc049f723c8c10e6ff5a7d5364c389bdb743de927609b95edbb', 'dyu', 'accepted', '{"code": "V9HS-QX48-WGC", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (4, 3, 'email', '\x8e7d1999eac1d0eeaf5e539a100f2c65d278a4679397924ea6e0df7bed75d5117259a737eb2fcffbf7589c698345d820a86ca90cfc05057c8f9b71b45faa795e3bdc0c7cb5117a0d33ec4e', 'fr', 'assigned', '{"code": "V9HS-QX48-WGC", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (5, 4, 'sms', '\xaa42732476c772f532e5a170f51988d1aba0d73fb49180c05ba456776d383efc7a05976cdedbb12d447e4c685a30b8e350787c37', 'fr', 'receipt', '{"code": "ADSR-TNZP-RVJ", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (6, 4, 'sms', '\x932f540b6d271250cf1f7272c3f3e83dfa3c2198842fb2a988743520ffa6c099a301f1d8c9736c94fca7b2637bbf8c4084e284d2', 'fr', 'accepted', '{"code": "ADSR-TNZP-RVJ", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (7, 4, 'email', '\x1ebb4700121214c95d51c5b47870d8e027138ba9787306c17ff5b01d2676545ff037dc163c411c575231e75f02c937912a22c6dd3a30eee8ff5464c017be51a9afba6f5146960bbad2', 'fr', 'assigned', '{"code": "ADSR-TNZP-RVJ", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (8, 5, 'sms', '\xb05110be4a5e5d637864bb1fb7d0d66f6ac8c5d75a93c623d240d8fc3ddc48bebd8147223b84d1b9926570cd2b70eddc02cb511b', 'en', 'receipt', '{"code": "HNM8-7KJV-PCV", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (9, 5, 'sms', '\xe1dea797678fc5bd1c798f63afac2a45817540b650eeaa85f989dfeaae91c61a67a24695e8a892261e8d025441ca1040c4806a0f', 'en', 'accepted', '{"code": "HNM8-7KJV-PCV", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (10, 5, 'email', '\xbc99b8fbb93875d5b460966b482f099813b5544237bc3278d802d565b1ab87214c4127ac3c54e2f7715dcacaaf8403324fdfa87109e47db580a88d25ef8b5ea5cd2ff88bae04800f8291f8c677b4d6', 'fr', 'assigned', '{"code": "HNM8-7KJV-PCV", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (11, 5, 'sms', '\x355b8ed4709929ee485c013f5c2f6615963f407aef2ed8ed46ffd5889694832926dc3b80aacd20bbc11ea1e8ca8f0f980758e2ea', 'en', 'answered', '{"code": "HNM8-7KJV-PCV", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (12, 6, 'email', '\xf1c45717efe147dbaf37051e079db8116e5a2010b5320f0b17a30dd0e20bfc738ed02a0be764c512a1ac17efe5467a3dbaec6062e7163e9fe96563f844ade3193b7068e2e376993d9296583b97', 'fr', 'assigned', '{"code": "M041-DCJX-3FK", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (13, 7, 'sms', '\x4c513053569af12580c61727f68b0a30d5ce5d30b2ada68fc94e9b6a4d23129eff64046ec02220bd023126568bfed67c5a716e19', 'mos', 'receipt', '{"code": "85VP-D8FJ-1YQ", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (14, 7, 'sms', '\x999415ccb95f68b279670aac673319870963b479d5326e7fdf7a7a8e119c3f3fda9c56768bcc4eb7e1e89152e5aec4e795bf632c', 'mos', 'accepted', '{"code": "85VP-D8FJ-1YQ", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (15, 7, 'email', '\x9b86922d03a2c6d1ac2c6fab3e66e1500d27f75a437d8bb789cfd2572b73ff0748722627dcf85bfc3f2b3454dfbe7619f91aca9b1a77e9a2ff1ebb9913de7a69229e87c21af7667784d10eeda9', 'fr', 'assigned', '{"code": "85VP-D8FJ-1YQ", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (16, 7, 'sms', '\xcb9579b0e7459d3452698c3bbb873fd8b6f53355ddf9e6322097b45676d143e33dbc111a4a29e918f24bbc402a26f2347bf67048', 'mos', 'answered', '{"code": "85VP-D8FJ-1YQ", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-CANTEEN", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (17, 8, 'sms', '\x1f826bea1f2ad66f3afeba548956c5dbaf907369c9f6f2b1c0a4b751e40690a55340afc19ee2e789c8267c5844b24e48e7f4adc6', 'dyu', 'receipt', '{"code": "0C11-JDWJ-FNY", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (18, 8, 'sms', '\xf3228696af72c3358e9194b038174a621091b4bbc4c01751aff3e6ed8c746e412b8b591282c21534ccbd15a50d7db2378551d85b', 'dyu', 'rejected', '{"code": "0C11-JDWJ-FNY", "answer": "10/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-EXAMS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (19, 9, 'sms', '\x9af749ff4938422d82b0b43a6d08194820975c88b3ddc770ec712eb6ee7f82d9adad6004c9007c981481eedd3529e1db8478ff92', 'fr', 'receipt', '{"code": "9PYR-YXZT-K1S", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (20, 11, 'sms', '\x932e63cb00e546b936da86abc50b8266564f89829f51e27bb879f9707693e95f298656e33c0cc27e49e105d8e3d50f9c3b3fffaf', 'fr', 'receipt', '{"code": "Z10T-4YM8-32Y", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (21, 11, 'sms', '\xee431fb685421fddbd7a5c0cda0e03d65cd441e4c0ab688cd351d4d06dbf8d055e1f5c9cc8780e5d77fa2c4144170fd3ee20351f', 'fr', 'accepted', '{"code": "Z10T-4YM8-32Y", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (22, 12, 'sms', '\xcd75f6e3d98c7bc555df3a8c6486c77949e7e27d68beab72e29e2412724376885909eee02dc6f5869ebb12918fbfb0582bb2ad45', 'mos', 'receipt', '{"code": "E6NY-636W-5F6", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (23, 12, 'sms', '\xd30078e9d6ed236061fdfa6bb6b4ec6cd22800d0f64542d9244720f66518a07fbcb4058d44608b8b15067cf851d8d931dad010f0', 'mos', 'accepted', '{"code": "E6NY-636W-5F6", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (24, 12, 'email', '\xd788de3229e25044b61223a6c38ba6f6895bbb39bd1f2ff27538db42a0517249be6d1fb82403489f0ab8529b2306f07fce0669f34b7abdd9d75e4303bce2a98e9cb88e1a43a9ff543a94c4', 'fr', 'assigned', '{"code": "E6NY-636W-5F6", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (25, 13, 'sms', '\xe74e2d0e90d9c954969ee8cb6cb719295cbdca2a374d1023118e2febba6201743837de84011ce193f437bb724ac0530d64b78562', 'dyu', 'receipt', '{"code": "GX84-8JF1-84Q", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (26, 13, 'sms', '\x469ecb5983c44f65cad8dd4611f484f7a21177243a335d69f28ef29a35fff7fc48b39bbd0caec52741903ba4ac87a32247b64b7a', 'dyu', 'accepted', '{"code": "GX84-8JF1-84Q", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (27, 13, 'email', '\x18009e7ec728e4596f93b8734aba76681378f2761260519f60ed1a672a553e1927234f50588d4d5a81ca56991ce0cdc096e684f9c1681d11bdd61e7f9bae512b1369a9f90879e7744e4f5d', 'fr', 'assigned', '{"code": "GX84-8JF1-84Q", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (28, 14, 'email', '\x64d6c14bd3681b7976cd56b2998e11e44b05307ec7b609249b9274e504a200f794c79a3ec7ca934e1efcb7ab09ea574472ebee1cbf9443c33c934d4fed16219359bffce4021bd0d66d4d31', 'fr', 'assigned', '{"code": "2W3A-VAJR-HM2", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-STOCKOUT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (29, 15, 'sms', '\x6958c41cfc0edcec5027ab239723a82487f8c4188fea3a3835e1b4ca7c1ef4b87c07425d4dd0f9c5a32ca398b465043c920cab55', 'en', 'receipt', '{"code": "1A3P-X8MD-G1E", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (30, 15, 'sms', '\x6a736daa6d05aa068a51f96869892d1bbe2682bf19681f6a20fb03bb9ef5a1789e10bd6acda8c00874847baa62cd0f3a3abe33e7', 'en', 'accepted', '{"code": "1A3P-X8MD-G1E", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (31, 15, 'email', '\x17f4a1d7e766219056306b8085dd761294d3f1b9f9e21c30738f320c932008078e9bf198dc16926b4f623ef153ed7a8ba4439f85838e4f1b267f8b41555736ffa53d262d74f913d0627cf9', 'fr', 'assigned', '{"code": "1A3P-X8MD-G1E", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (32, 15, 'sms', '\x31d5997197a2dd0d1afde9ce29e7bc16992f7bf67f87670fbc7b68e971f6cea4d94d1578eee29d313fa3947803adb9d084bfd62d', 'en', 'answered', '{"code": "1A3P-X8MD-G1E", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (33, 16, 'sms', '\x286c5df3e4244470bd460be43a16658b3c554fd0256a8b5a5693b7adef888b4c197f3eef30742992f490abd08abf600d4997bbb5', 'fr', 'receipt', '{"code": "9RWF-YS05-YGJ", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (34, 16, 'sms', '\xdf897414bb0a5783bef393b4e9d60e6451bb9c7e9114f64905ba1d10fbce3d9866035c549ebceebc61667d2a9b7006732bb0c507', 'fr', 'accepted', '{"code": "9RWF-YS05-YGJ", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (35, 16, 'email', '\x7360e40bdf78ffb7b49ee96e9ee1e2768c7c3afd274d6099256035c5c0033b73bd62b58e7ecd27f603a7d1849286e7fe3f443fac79ae01186b55ae4a51b43a8d24f886edb4665084f0', 'fr', 'assigned', '{"code": "9RWF-YS05-YGJ", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (36, 16, 'sms', '\x9220ac7137cebf9e017d007fe71a886f54832b12afa8c1eade554738e32efd8bd7a630c7aa64a12e43568fcd7cbcb16b9c710b65', 'fr', 'answered', '{"code": "9RWF-YS05-YGJ", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (37, 17, 'sms', '\xb044b614c599b567e5b23f7b8cd7c334c7da4cb9fbedccb8fc447764b79169ebf197646af602fc6f5c895e25c12637462f501a5f', 'mos', 'receipt', '{"code": "3DQW-D40C-AGV", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (38, 17, 'sms', '\x40f43d368b93706efa18045b666476bc04725071af0404d7735d38094d96839fbe7bcd6d72b6a703cb6292915ccf3c45cf845cc8', 'mos', 'rejected', '{"code": "3DQW-D40C-AGV", "answer": "10/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (39, 19, 'sms', '\xa686a1d4d2b040c5a451d74fc33d528485d9797cde435f6dde586c0dad5bcd00b6abf8cd68661f5b90c7ab111583421555282364', 'fr', 'receipt', '{"code": "AMHT-Y7JG-3J0", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (40, 20, 'sms', '\x406892e83d997e20caf8d8c87408d1d8c3fee6ec66fbbc332222a5c191e74fb345b8587d73b976a7bf11b39ab04af0049457a1fc', 'en', 'receipt', '{"code": "M6TS-HHDT-TSG", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (41, 20, 'sms', '\x0cd54abab616c09d8cc5ad5dbbf2735568905b9bbb126953dd5bbe39bdffed80656cb8efb3dec303eb583c079fed56eec02aa48e', 'en', 'accepted', '{"code": "M6TS-HHDT-TSG", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-EXAMS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (42, 21, 'sms', '\xc5d71581ba4afa67acae20d4926fa5b8192af1fd0db98fbd609425c44ebfd3b54451ffd8d5d4eed4067edb72c61235ad95388b70', 'fr', 'receipt', '{"code": "WQMC-XP2R-D5N", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (43, 21, 'sms', '\x2d17868bf29da3214ca026363386e88efb45a1ff9cdae8357bf27f884b96cd520f7d3cbc653fcbbcfb4571f0e9eb69a99e853cba', 'fr', 'accepted', '{"code": "WQMC-XP2R-D5N", "answer": "10/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (44, 21, 'email', '\xb61e7096ee9b3eebbc0df566161f3ac81a6fb2d9eb757c46751226ae3f5b57b432c3aad58c0395a61f8830f396267c1b190c56fd58dea1c3fe76cea391e38b527afe45641e8a3703', 'fr', 'assigned', '{"code": "WQMC-XP2R-D5N", "answer": "10/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (45, 22, 'email', '\x51ff721bdf6889d0797f07e09e25fefdf3e1f601fcd5762abd70104b2531b5478bc4477fd8c69eb71c54c17fd3e57146a4a995ff8e7c76c49a40437c7e83df487881904648ce', 'fr', 'assigned', '{"code": "KD1M-77FK-HN2", "answer": "10/12/2026", "reason": "", "message": "", "category": "FP-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (46, 23, 'sms', '\xe072f5e8504c4ae430acf70bf34bd8fedb525432df76c98556c922823ac85c10a88176313d26fc927d5c3c6e65df97d6d4c3cac1', 'dyu', 'receipt', '{"code": "9SYE-81Y2-FM6", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (47, 23, 'sms', '\x054dd133fb745cd2290a50ed0d6bd77883aee9c6d32c532a50d410f98c5e676acffb92ee5ba10a001852091fe43f44a9cf77f790', 'dyu', 'accepted', '{"code": "9SYE-81Y2-FM6", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (48, 23, 'email', '\xc280249e4e3bf9de69614bb91e68f0ee168c0e9a0c6e0ac83ef1c5e916b6cc2007773a7418d210c6469bcedd2872279b3b4c7bbea78402742df3624985e564deead4f69c41de3c735adfc0', 'fr', 'assigned', '{"code": "9SYE-81Y2-FM6", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (49, 23, 'sms', '\x643d00b0f816d3cd7ee9e8513e454eb702767685e7c613d657d4a7d5ff054fde877367fc5178c8e4a8ffa993298f7d8c01b5a2c2', 'dyu', 'answered', '{"code": "9SYE-81Y2-FM6", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (50, 24, 'sms', '\x310210cf3b2b6b87ffd2648a72db55848a19b51625b97b1382a0c5fd4ff907c3ab064f502115d45ffaad0056af22320a451d4edc', 'fr', 'receipt', '{"code": "9X48-JWVX-YXE", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (51, 24, 'sms', '\xd80ab5259c5b90c5a3aee7b20cee5fc8db7cd18ddbe178e03f1ec80caded652657f3fff915283c17d75869b7499981f2fc6e1bda', 'fr', 'accepted', '{"code": "9X48-JWVX-YXE", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (52, 24, 'email', '\x1cdee61114f2be0bdb48fe50fb6a7a3e01e31b082f307904c54b65a2d0b09ec7c5e6bfad8bfb3517708363be5071474f561428c642f3323a89e095212864d6990730fa74ca90ceda95e1fe', 'fr', 'assigned', '{"code": "9X48-JWVX-YXE", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (53, 24, 'sms', '\x48c98197a187490b21fd2cdaac96c1b322aa38f7d174381fe760ca9460c0b93f22d9d6256f7e1bab3d2b3561fd0b86e0453324ec', 'fr', 'answered', '{"code": "9X48-JWVX-YXE", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (54, 25, 'sms', '\x1dfd1af179d42c4a0855a40c67b2b21a8aa1c5965949b68a5793cd73e6ff984467ab62d2192d3c366e40f78cfc857414d163b262', 'en', 'receipt', '{"code": "B3A9-TWNF-MW0", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (55, 25, 'sms', '\xbbbc5898a6d02a86be50688d5945e6d669ef81f33fdcb25767d7a418bade4c803c941f8dbdcefe0a63bf090928a2dfcaf627e674', 'en', 'accepted', '{"code": "B3A9-TWNF-MW0", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (56, 25, 'email', '\x3da2276c11460fc36bc7869839facd16be69cc12c6bc3f01f176353e10d1f36c819e88541d09197e3921ae383f8a15fa495a570a82cb56ce6297ec5fa013b552e9bc12d1db1eda6e98cbc2', 'fr', 'assigned', '{"code": "B3A9-TWNF-MW0", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (57, 25, 'sms', '\x69db6b42a22843b6773010eace3beee21b82135c11be6853b503ea585e9f6d80f6ede13d250800bc8da1b24df08e4f42c5d88855', 'en', 'answered', '{"code": "B3A9-TWNF-MW0", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (58, 27, 'sms', '\x32871d08f558eb6624896c44d66b47f19516a743bc34b96e1c95d813e7daab439bd89856c6eb862604baf2257cfedde59a7a2c28', 'mos', 'receipt', '{"code": "ZT1N-Y4FW-842", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:35.55908+00', NULL, NULL, NULL, '2026-11-30 21:40:35.55908+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (59, 59, 'sms', '\xd914d4ac1fc36d6f01b9022efcc24cec24e132bb47ce809357854633cd6a99fada762ae92cdcb52427e065fbe5d83ccdf396cfea', 'fr', 'receipt', '{"code": "DN68-B2EW-VX6", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:37.652968+00', NULL, NULL, NULL, '2026-11-30 21:40:37.652968+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (60, 60, 'email', '\xfad404725ade523923d0492d8ac2aeaa81ca305936cf48944842a080bd7834894db39a24d99b57350f91c7f441e6b2dea42d1497c12c50', 'fr', 'receipt', '{"code": "GEZK-FRS7-411", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 21:40:37.681135+00', NULL, NULL, NULL, '2026-11-30 21:40:37.681135+00', NULL);


--
-- Data for Name: phone_senders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phone_senders (sender_key, language, stopped, pending_code, pending_step, pending_department, pending_until, updated_at) VALUES ('7b1442e0d6aa2c59525a3d107b6218ea1b67f368206134332bc11e9187e1e6c9', NULL, false, 'J0V2JDV5NCH', 'department', NULL, '2026-11-30 21:50:38.07359+00', '2026-11-30 21:40:38.07359+00');


--
-- Data for Name: poster_campaigns; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.poster_campaigns (id, started_on, label, region_code, created_by, created_at) VALUES (1, '2026-11-09', 'Affiches dans les centres de santé, écoles et tribunaux', NULL, NULL, '2026-11-30 21:40:35.55908+00');


--
-- Data for Name: provinces; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4601', 'BF62', 'Balé', 'Boromo');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4602', 'BF62', 'Banwa', 'Solenzo');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4604', 'BF62', 'Mouhoun', 'Dédougou');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5701', 'BF57', 'Bougouriba', 'Diébougou');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5702', 'BF57', 'Ioba', 'Dano');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5703', 'BF57', 'Noumbiel', 'Batié');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5704', 'BF57', 'Poni', 'Gaoua');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5202', 'BF63', 'Gourma', 'Fada N''Gourma');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5204', 'BF63', 'Kompienga', 'Pama');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5301', 'BF53', 'Houet', 'Bobo-Dioulasso');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5302', 'BF53', 'Kénédougou', 'Orodara');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5303', 'BF53', 'Tuy', 'Houndé');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF1300', 'BF13', 'Kadiogo', 'Ouagadougou');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4901', 'BF49', 'Bam', 'Kongoussi');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4902', 'BF49', 'Namentenga', 'Boulsa');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4903', 'BF49', 'Sandbondtenga', 'Kaya');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5601', 'BF64', 'Oudalan', 'Gorom-Gorom');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5602', 'BF64', 'Séno', 'Dori');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5604', 'BF64', 'Yagha', 'Sebba');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4801', 'BF48', 'Boulgou', 'Tenkodogo');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4802', 'BF48', 'Koulpélogo', 'Ouargaye');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4803', 'BF48', 'Kouritenga', 'Koupéla');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5001', 'BF50', 'Boulkiemdé', 'Koudougou');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5002', 'BF50', 'Sanguié', 'Réo');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5003', 'BF50', 'Sissili', 'Léo');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5004', 'BF50', 'Ziro', 'Sapouy');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5101', 'BF51', 'Bazèga', 'Kombissiri');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5102', 'BF51', 'Nahouri', 'Pô');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5103', 'BF51', 'Zoundwéogo', 'Manga');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5503', 'BF55', 'Bassitenga', 'Ziniaré');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5501', 'BF55', 'Ganzourgou', 'Zorgho');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5502', 'BF55', 'Kourwéogo', 'Boussé');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5201', 'BF58', 'Gnagna', 'Bogandé');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5203', 'BF58', 'Komondjari', 'Gayéri');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5603', 'BF59', 'Djelgodji', 'Djibo');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5603-2', 'BF59', 'Karo-Peli', 'Arbinda');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4603', 'BF61', 'Koosin', 'Nouna');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4605', 'BF61', 'Nayala', 'Toma');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4606', 'BF61', 'Sourou', 'Tougan');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4701', 'BF47', 'Comoé', 'Banfora');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF4702', 'BF47', 'Léraba', 'Sindou');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5205-2', 'BF60', 'Dyamongou', 'Kantchari');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5205', 'BF60', 'Gobnangou', 'Diapaga');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5401', 'BF54', 'Loroum', 'Titao');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5402', 'BF54', 'Passoré', 'Yako');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5403', 'BF54', 'Yatenga', 'Ouahigouya');
INSERT INTO public.provinces (code, region_code, name, capital) VALUES ('BF5404', 'BF54', 'Zondoma', 'Gourcy');


--
-- Data for Name: recipient_quota; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: regions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.regions (code, name, capital) VALUES ('BF13', 'Kadiogo', 'Ouagadougou');
INSERT INTO public.regions (code, name, capital) VALUES ('BF47', 'Tannounyan', 'Banfora');
INSERT INTO public.regions (code, name, capital) VALUES ('BF48', 'Nakambé', 'Tenkodogo');
INSERT INTO public.regions (code, name, capital) VALUES ('BF49', 'Kuilsé', 'Kaya');
INSERT INTO public.regions (code, name, capital) VALUES ('BF50', 'Nando', 'Koudougou');
INSERT INTO public.regions (code, name, capital) VALUES ('BF51', 'Nazinon', 'Manga');
INSERT INTO public.regions (code, name, capital) VALUES ('BF53', 'Guiriko', 'Bobo-Dioulasso');
INSERT INTO public.regions (code, name, capital) VALUES ('BF54', 'Yaadga', 'Ouahigouya');
INSERT INTO public.regions (code, name, capital) VALUES ('BF55', 'Oubri', 'Ziniaré');
INSERT INTO public.regions (code, name, capital) VALUES ('BF57', 'Djôrô', 'Gaoua');
INSERT INTO public.regions (code, name, capital) VALUES ('BF58', 'Sirba', 'Bogandé');
INSERT INTO public.regions (code, name, capital) VALUES ('BF59', 'Soum', 'Djibo');
INSERT INTO public.regions (code, name, capital) VALUES ('BF60', 'Tapoa', 'Diapaga');
INSERT INTO public.regions (code, name, capital) VALUES ('BF61', 'Sourou', 'Tougan');
INSERT INTO public.regions (code, name, capital) VALUES ('BF62', 'Bankui', 'Dédougou');
INSERT INTO public.regions (code, name, capital) VALUES ('BF63', 'Goulmou', 'Fada N''Gourma');
INSERT INTO public.regions (code, name, capital) VALUES ('BF64', 'Liptako', 'Dori');


--
-- Data for Name: retention_rules; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.retention_rules (kind, keep_days) VALUES ('suggestion', 3650);


--
-- Data for Name: routing_rules; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.routing_rules (id, category_code, department_code, region_code, province_code, commune_code, unit_code, created_at) VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-30 21:40:37.723466+00');


--
-- Data for Name: secret_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (6, 0, '2026-11-30 21:40:35.765014+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (9, 0, '2026-11-30 21:40:35.830272+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (15, 0, '2026-11-30 21:40:35.947253+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (18, 0, '2026-11-30 21:40:36.010483+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (24, 0, '2026-11-30 21:40:36.139104+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (27, 0, '2026-11-30 21:40:36.185645+00', NULL);


--
-- Data for Name: service_points; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('CSPS-PISSY', 'SAN-BF13', 'health_centre', 'CSPS de Pissy (secteur 17)', 'BF130004', 'Avenue de la Liberté, secteur 17', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('CSPS-WEND-KUUNI', 'SAN-BF13', 'health_centre', 'Centre de santé Wẽnd-Kuuni', 'BF130006', NULL, NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-TANGHIN-A', 'EDU-BF13', 'school', 'École primaire publique Tanghin A', 'BF130004', 'Quartier Tanghin, près du barrage', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-KOMSILGA-CENTRE', 'EDU-BF13', 'school', 'École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire', 'BF130002', 'Route de Kombissiri, à côté de la mairie', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('TGI-OUAGADOUGOU', 'JUS-BF13', 'court', 'Tribunal de grande instance de Ouagadougou', 'BF130004', 'Avenue de l''Indépendance', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('DRS-KADIOGO', 'SAN-BF13', 'directorate', 'Direction régionale de la santé du Kadiogo', 'BF130004', 'Boulevard Tansoba Kiéma', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('CMA-DO', 'SAN-BF53', 'health_centre', 'CMA du secteur 22 (Dô)', 'BF530102', 'Secteur 22', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('LYCEE-OUEZZIN', 'EDU-BF53', 'school', 'Lycée Ouezzin Coulibaly', 'BF530102', 'Avenue de la République', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('TGI-BOBO', 'JUS-BF53', 'court', 'Tribunal de grande instance de Bobo-Dioulasso', 'BF530102', NULL, NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('DRFP-GUIRIKO', 'FP-BF53', 'office', 'Direction régionale de la fonction publique — Guiriko', 'BF530102', 'Rue du Commerce', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('CSPS-KAYA-5', 'SAN-BF49', 'health_centre', 'CSPS du secteur 5 de Kaya', 'BF490304', 'Secteur 5', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-KAYA-B', 'EDU-BF49', 'school', 'École primaire publique Kaya B', 'BF490304', 'Quartier Bilgho', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('CHR-KOUDOUGOU', 'SAN-BF50', 'health_centre', 'Centre hospitalier régional de Koudougou', 'BF500105', 'Route de Réo', NULL);
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-PABRE-ANCIEN', 'EDU-BF13', 'school', 'École de Pabré (ancien site)', 'BF130005', NULL, '2026-11-30 21:40:35.55908+00');


--
-- Data for Name: sign_in_attempts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: staff_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('41d4783faffab8436288bd3cb5605f272552917c1fa37753e09c7c90172f372a', 5, '2026-11-30 21:40:37.890327+00', '2026-12-01 09:40:37.890327+00');
INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('d9e6ab7b8b16daf3866912cb7ede8dbf1f0f0e41fc0571fa427f351c33c130b7', 1, '2026-11-30 21:40:37.961054+00', '2026-12-01 09:40:37.961054+00');


--
-- Data for Name: stats_answer_days; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 0, 1);


--
-- Data for Name: stats_cohorts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 1, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 3, 1, 1, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'denunciation', 1, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 'complaint', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 'complaint', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 4, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 4, 1, 1, 1, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);


--
-- Data for Name: stats_rollup; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 2, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 4, 1, 1, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 5, 1, 1, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 4, 1, 1, 1, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 1, 0, 0, 0, 0, 0, 0, 0, 0);


--
-- Data for Name: stats_rollup_days; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 0, 1);


--
-- Data for Name: training_scenarios; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_trainees; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: unit_due; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-12-03', 2);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF50', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF54', '2026-12-03', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF64', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF13', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF57', '2026-12-03', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF57', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF53', '2026-12-10', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF63', '2026-12-10', 2);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-12-10', 3);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-10-19', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF53', '2026-10-21', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-10-26', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF13', '2026-10-28', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF49', '2026-11-04', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-09', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF53', '2026-11-11', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-13', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-13', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-16', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-17', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-17', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF13', '2026-11-18', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-11-18', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-18', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-18', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF49', '2026-11-19', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF53', '2026-11-20', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-23', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-24', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-25', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-11-25', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF50', '2026-11-25', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-26', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF49', '2026-11-27', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF49', '2026-11-30', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-12-01', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF53', '2026-12-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-12-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF53', '2026-12-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-12-03', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('GEN', '2026-12-03', 1);


--
-- Data for Name: unit_tally; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF53', 'accepted', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF53', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF53', 'in_progress', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF53', 'answered', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF13', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF13', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF13', 'in_progress', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF13', 'answered', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'in_progress', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'answered', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'appealed', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF63', 'received', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF54', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF54', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF54', 'in_progress', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF54', 'answered', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF54', 'closed', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF64', 'rejected', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF63', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF13', 'withdrawn', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF63', 'assigned', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF63', 'in_progress', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF63', 'answered', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF63', 'appealed', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF53', 'accepted', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF53', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF53', 'in_progress', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF53', 'answered', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'assigned', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'appealed', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'in_progress', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF49', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF49', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'answered', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF49', 'in_progress', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF49', 'answered', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF49', 'closed', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'closed', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF13', 'rejected', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'received', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF50', 'withdrawn', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF54', 'received', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF64', 'received', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF64', 'accepted', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF53', 'rejected', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF13', 'received', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF13', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF13', 'assigned', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF57', 'received', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF57', 'accepted', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF57', 'assigned', 0);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF57', 'in_progress', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'withdrawn', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF13', 'received', 2);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF49', 'received', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF53', 'received', 2);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF53', 'received', 4);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF50', 'received', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF49', 'received', 2);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF49', 'received', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('JUS-BF53', 'received', 1);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF49', 'received', 4);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('FP-BF53', 'received', 2);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('SAN-BF13', 'received', 9);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('EDU-BF13', 'received', 5);
INSERT INTO public.unit_tally (unit_code, status, n) VALUES ('GEN', 'received', 1);


--
-- Data for Name: units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU', NULL, 'EDU', 'ministry', 'Ministère en charge de l''éducation nationale', 'Ministry in charge of national education', NULL, '/EDU/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP', NULL, 'FP', 'ministry', 'Ministère en charge de la fonction publique', 'Ministry in charge of the civil service', NULL, '/FP/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('GEN', NULL, 'GEN', 'ministry', 'Service national d''orientation des plaintes', 'National complaints routing desk', NULL, '/GEN/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS', NULL, 'JUS', 'ministry', 'Ministère en charge de la justice', 'Ministry in charge of justice', NULL, '/JUS/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN', NULL, 'SAN', 'ministry', 'Ministère en charge de la santé', 'Ministry in charge of health', NULL, '/SAN/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF13', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Kadiogo', 'Regional directorate of national education — Kadiogo', 'BF13', '/EDU/EDU-BF13/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF47', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Tannounyan', 'Regional directorate of national education — Tannounyan', 'BF47', '/EDU/EDU-BF47/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF48', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nakambé', 'Regional directorate of national education — Nakambé', 'BF48', '/EDU/EDU-BF48/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF49', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Kuilsé', 'Regional directorate of national education — Kuilsé', 'BF49', '/EDU/EDU-BF49/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF50', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nando', 'Regional directorate of national education — Nando', 'BF50', '/EDU/EDU-BF50/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF51', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Nazinon', 'Regional directorate of national education — Nazinon', 'BF51', '/EDU/EDU-BF51/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF53', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Guiriko', 'Regional directorate of national education — Guiriko', 'BF53', '/EDU/EDU-BF53/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF54', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Yaadga', 'Regional directorate of national education — Yaadga', 'BF54', '/EDU/EDU-BF54/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF55', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Oubri', 'Regional directorate of national education — Oubri', 'BF55', '/EDU/EDU-BF55/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF57', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Djôrô', 'Regional directorate of national education — Djôrô', 'BF57', '/EDU/EDU-BF57/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF58', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Sirba', 'Regional directorate of national education — Sirba', 'BF58', '/EDU/EDU-BF58/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF59', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Soum', 'Regional directorate of national education — Soum', 'BF59', '/EDU/EDU-BF59/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF60', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Tapoa', 'Regional directorate of national education — Tapoa', 'BF60', '/EDU/EDU-BF60/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF61', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Sourou', 'Regional directorate of national education — Sourou', 'BF61', '/EDU/EDU-BF61/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF62', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Bankui', 'Regional directorate of national education — Bankui', 'BF62', '/EDU/EDU-BF62/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF63', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Goulmou', 'Regional directorate of national education — Goulmou', 'BF63', '/EDU/EDU-BF63/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-BF64', 'EDU', 'EDU', 'regional', 'Direction régionale de l''éducation nationale — Liptako', 'Regional directorate of national education — Liptako', 'BF64', '/EDU/EDU-BF64/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('EDU-CP', 'EDU', 'EDU', 'complaints_cell', 'Cellule des plaintes — Éducation', 'Complaints cell — Education', NULL, '/EDU/EDU-CP/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF13', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Kadiogo', 'Regional directorate of the civil service — Kadiogo', 'BF13', '/FP/FP-BF13/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF47', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Tannounyan', 'Regional directorate of the civil service — Tannounyan', 'BF47', '/FP/FP-BF47/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF48', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nakambé', 'Regional directorate of the civil service — Nakambé', 'BF48', '/FP/FP-BF48/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF49', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Kuilsé', 'Regional directorate of the civil service — Kuilsé', 'BF49', '/FP/FP-BF49/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF50', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nando', 'Regional directorate of the civil service — Nando', 'BF50', '/FP/FP-BF50/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF51', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Nazinon', 'Regional directorate of the civil service — Nazinon', 'BF51', '/FP/FP-BF51/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF53', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Guiriko', 'Regional directorate of the civil service — Guiriko', 'BF53', '/FP/FP-BF53/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF54', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Yaadga', 'Regional directorate of the civil service — Yaadga', 'BF54', '/FP/FP-BF54/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF55', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Oubri', 'Regional directorate of the civil service — Oubri', 'BF55', '/FP/FP-BF55/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF57', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Djôrô', 'Regional directorate of the civil service — Djôrô', 'BF57', '/FP/FP-BF57/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF58', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Sirba', 'Regional directorate of the civil service — Sirba', 'BF58', '/FP/FP-BF58/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF59', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Soum', 'Regional directorate of the civil service — Soum', 'BF59', '/FP/FP-BF59/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF60', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Tapoa', 'Regional directorate of the civil service — Tapoa', 'BF60', '/FP/FP-BF60/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF61', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Sourou', 'Regional directorate of the civil service — Sourou', 'BF61', '/FP/FP-BF61/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF62', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Bankui', 'Regional directorate of the civil service — Bankui', 'BF62', '/FP/FP-BF62/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF63', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Goulmou', 'Regional directorate of the civil service — Goulmou', 'BF63', '/FP/FP-BF63/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-BF64', 'FP', 'FP', 'regional', 'Direction régionale de la fonction publique — Liptako', 'Regional directorate of the civil service — Liptako', 'BF64', '/FP/FP-BF64/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('FP-CP', 'FP', 'FP', 'complaints_cell', 'Cellule des plaintes — Fonction publique', 'Complaints cell — Civil service', NULL, '/FP/FP-CP/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF13', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Kadiogo', 'Regional directorate of justice — Kadiogo', 'BF13', '/JUS/JUS-BF13/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF47', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Tannounyan', 'Regional directorate of justice — Tannounyan', 'BF47', '/JUS/JUS-BF47/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF48', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nakambé', 'Regional directorate of justice — Nakambé', 'BF48', '/JUS/JUS-BF48/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF49', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Kuilsé', 'Regional directorate of justice — Kuilsé', 'BF49', '/JUS/JUS-BF49/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF50', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nando', 'Regional directorate of justice — Nando', 'BF50', '/JUS/JUS-BF50/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF51', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Nazinon', 'Regional directorate of justice — Nazinon', 'BF51', '/JUS/JUS-BF51/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF53', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Guiriko', 'Regional directorate of justice — Guiriko', 'BF53', '/JUS/JUS-BF53/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF54', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Yaadga', 'Regional directorate of justice — Yaadga', 'BF54', '/JUS/JUS-BF54/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF55', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Oubri', 'Regional directorate of justice — Oubri', 'BF55', '/JUS/JUS-BF55/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF57', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Djôrô', 'Regional directorate of justice — Djôrô', 'BF57', '/JUS/JUS-BF57/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF58', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Sirba', 'Regional directorate of justice — Sirba', 'BF58', '/JUS/JUS-BF58/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF59', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Soum', 'Regional directorate of justice — Soum', 'BF59', '/JUS/JUS-BF59/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF60', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Tapoa', 'Regional directorate of justice — Tapoa', 'BF60', '/JUS/JUS-BF60/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF61', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Sourou', 'Regional directorate of justice — Sourou', 'BF61', '/JUS/JUS-BF61/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF62', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Bankui', 'Regional directorate of justice — Bankui', 'BF62', '/JUS/JUS-BF62/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF63', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Goulmou', 'Regional directorate of justice — Goulmou', 'BF63', '/JUS/JUS-BF63/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-BF64', 'JUS', 'JUS', 'regional', 'Direction régionale de la justice — Liptako', 'Regional directorate of justice — Liptako', 'BF64', '/JUS/JUS-BF64/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('JUS-CP', 'JUS', 'JUS', 'complaints_cell', 'Cellule des plaintes — Justice', 'Complaints cell — Justice', NULL, '/JUS/JUS-CP/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF13', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Kadiogo', 'Regional directorate of health — Kadiogo', 'BF13', '/SAN/SAN-BF13/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF47', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Tannounyan', 'Regional directorate of health — Tannounyan', 'BF47', '/SAN/SAN-BF47/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF48', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nakambé', 'Regional directorate of health — Nakambé', 'BF48', '/SAN/SAN-BF48/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF49', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Kuilsé', 'Regional directorate of health — Kuilsé', 'BF49', '/SAN/SAN-BF49/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF50', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nando', 'Regional directorate of health — Nando', 'BF50', '/SAN/SAN-BF50/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF51', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Nazinon', 'Regional directorate of health — Nazinon', 'BF51', '/SAN/SAN-BF51/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF53', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Guiriko', 'Regional directorate of health — Guiriko', 'BF53', '/SAN/SAN-BF53/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF54', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Yaadga', 'Regional directorate of health — Yaadga', 'BF54', '/SAN/SAN-BF54/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF55', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Oubri', 'Regional directorate of health — Oubri', 'BF55', '/SAN/SAN-BF55/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF57', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Djôrô', 'Regional directorate of health — Djôrô', 'BF57', '/SAN/SAN-BF57/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF58', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Sirba', 'Regional directorate of health — Sirba', 'BF58', '/SAN/SAN-BF58/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF59', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Soum', 'Regional directorate of health — Soum', 'BF59', '/SAN/SAN-BF59/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF60', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Tapoa', 'Regional directorate of health — Tapoa', 'BF60', '/SAN/SAN-BF60/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF61', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Sourou', 'Regional directorate of health — Sourou', 'BF61', '/SAN/SAN-BF61/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF62', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Bankui', 'Regional directorate of health — Bankui', 'BF62', '/SAN/SAN-BF62/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF63', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Goulmou', 'Regional directorate of health — Goulmou', 'BF63', '/SAN/SAN-BF63/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF64', 'SAN', 'SAN', 'regional', 'Direction régionale de la santé — Liptako', 'Regional directorate of health — Liptako', 'BF64', '/SAN/SAN-BF64/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-CP', 'SAN', 'SAN', 'complaints_cell', 'Cellule des plaintes — Santé', 'Complaints cell — Health', NULL, '/SAN/SAN-CP/');
INSERT INTO public.units (code, parent_code, department_code, level, name_fr, name_en, region_code, path) VALUES ('SAN-BF13-CMA30', 'SAN-BF13', 'SAN', 'facility', 'CMA du secteur 30', 'Sector 30 medical centre', 'BF13', '/SAN/SAN-BF13/SAN-BF13-CMA30/');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (10, 'agent.fp.kadiogo@demo.redress.bf', 'Alizèta Tapsoba', 'officer', 'FP-BF13', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (11, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (12, 'agent.justice.kadiogo@demo.redress.bf', 'Hamidou Belem', 'officer', 'JUS-BF13', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (13, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$TxfsTywmpzAq6trE4Oe6vA$lDK1Twlq7jSpd/G3DBcyL90ixS244ThcppoGNiduZfo', false, '2026-11-30 21:40:35.55908+00', 0, NULL, NULL, NULL);


--
-- Data for Name: ussd_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ussd_sessions (session_id, sender_key, state, updated_at) VALUES ('fixture-v24', '4506dbad40c553f83237c9041a870567d82d5caea95df7f5fcfb5c188a8531b7', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-30 21:40:38.10708+00');


--
-- Name: attachments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attachments_id_seq', 1, true);


--
-- Name: complaints_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.complaints_id_seq', 61, true);


--
-- Name: guide_versions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.guide_versions_id_seq', 1, true);


--
-- Name: inbound_messages_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.inbound_messages_id_seq', 1, true);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_id_seq', 60, true);


--
-- Name: poster_campaigns_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.poster_campaigns_id_seq', 1, true);


--
-- Name: routing_rules_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.routing_rules_id_seq', 1, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 13, true);


--
-- Name: _sqlx_migrations _sqlx_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._sqlx_migrations
    ADD CONSTRAINT _sqlx_migrations_pkey PRIMARY KEY (version);


--
-- Name: admin_audit_head admin_audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.admin_audit_head
    ADD CONSTRAINT admin_audit_head_pkey PRIMARY KEY (id);


--
-- Name: admin_events admin_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.admin_events
    ADD CONSTRAINT admin_events_pkey PRIMARY KEY (seq);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: attachment_blobs attachment_blobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment_blobs
    ADD CONSTRAINT attachment_blobs_pkey PRIMARY KEY (storage_key);


--
-- Name: attachments attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);


--
-- Name: attachments attachments_storage_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_storage_key_key UNIQUE (storage_key);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: categories categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_pkey PRIMARY KEY (code);


--
-- Name: communes communes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communes
    ADD CONSTRAINT communes_pkey PRIMARY KEY (code);


--
-- Name: complaint_events complaint_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint_events
    ADD CONSTRAINT complaint_events_pkey PRIMARY KEY (seq);


--
-- Name: complaints complaints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_pkey PRIMARY KEY (id);


--
-- Name: complaints complaints_tracking_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_tracking_code_key UNIQUE (tracking_code);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (code);


--
-- Name: guide_versions guide_versions_category_code_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guide_versions
    ADD CONSTRAINT guide_versions_category_code_version_key UNIQUE (category_code, version);


--
-- Name: guide_versions guide_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guide_versions
    ADD CONSTRAINT guide_versions_pkey PRIMARY KEY (id);


--
-- Name: holidays holidays_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.holidays
    ADD CONSTRAINT holidays_pkey PRIMARY KEY (rule);


--
-- Name: inbound_messages inbound_messages_channel_gateway_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inbound_messages
    ADD CONSTRAINT inbound_messages_channel_gateway_id_key UNIQUE (channel, gateway_id);


--
-- Name: inbound_messages inbound_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inbound_messages
    ADD CONSTRAINT inbound_messages_pkey PRIMARY KEY (id);


--
-- Name: intake_days intake_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_days
    ADD CONSTRAINT intake_days_pkey PRIMARY KEY (day, unit_code, region_code, channel, service_point_code);


--
-- Name: intake_receipts intake_receipts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_receipts
    ADD CONSTRAINT intake_receipts_pkey PRIMARY KEY (key);


--
-- Name: key_rotation key_rotation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.key_rotation
    ADD CONSTRAINT key_rotation_pkey PRIMARY KEY (target);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: phone_senders phone_senders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phone_senders
    ADD CONSTRAINT phone_senders_pkey PRIMARY KEY (sender_key);


--
-- Name: poster_campaigns poster_campaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poster_campaigns
    ADD CONSTRAINT poster_campaigns_pkey PRIMARY KEY (id);


--
-- Name: provinces provinces_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provinces
    ADD CONSTRAINT provinces_pkey PRIMARY KEY (code);


--
-- Name: recipient_quota recipient_quota_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recipient_quota
    ADD CONSTRAINT recipient_quota_pkey PRIMARY KEY (recipient_key);


--
-- Name: regions regions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.regions
    ADD CONSTRAINT regions_pkey PRIMARY KEY (code);


--
-- Name: retention_rules retention_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.retention_rules
    ADD CONSTRAINT retention_rules_pkey PRIMARY KEY (kind);


--
-- Name: routing_rules routing_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_pkey PRIMARY KEY (id);


--
-- Name: secret_attempts secret_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.secret_attempts
    ADD CONSTRAINT secret_attempts_pkey PRIMARY KEY (complaint_id);


--
-- Name: service_points service_points_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_points
    ADD CONSTRAINT service_points_pkey PRIMARY KEY (code);


--
-- Name: sign_in_attempts sign_in_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_attempts
    ADD CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (user_id, network);


--
-- Name: staff_sessions staff_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_sessions
    ADD CONSTRAINT staff_sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: stats_answer_days stats_answer_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_answer_days
    ADD CONSTRAINT stats_answer_days_pkey PRIMARY KEY (month, department, category, region, kind, days);


--
-- Name: stats_cohorts stats_cohorts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_cohorts
    ADD CONSTRAINT stats_cohorts_pkey PRIMARY KEY (month, department, category, region, kind);


--
-- Name: stats_rollup_days stats_rollup_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_rollup_days
    ADD CONSTRAINT stats_rollup_days_pkey PRIMARY KEY (month, department, category, region, days);


--
-- Name: stats_rollup stats_rollup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_rollup
    ADD CONSTRAINT stats_rollup_pkey PRIMARY KEY (month, department, category, region);


--
-- Name: training_scenarios training_scenarios_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_scenarios
    ADD CONSTRAINT training_scenarios_pkey PRIMARY KEY (user_id, round, exercise);


--
-- Name: training_trainees training_trainees_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_trainees
    ADD CONSTRAINT training_trainees_pkey PRIMARY KEY (user_id);


--
-- Name: unit_due unit_due_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_due
    ADD CONSTRAINT unit_due_pkey PRIMARY KEY (unit_code, due);


--
-- Name: unit_tally unit_tally_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_tally
    ADD CONSTRAINT unit_tally_pkey PRIMARY KEY (unit_code, status);


--
-- Name: units units_path_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_path_key UNIQUE (path);


--
-- Name: units units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_pkey PRIMARY KEY (code);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: ussd_sessions ussd_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ussd_sessions
    ADD CONSTRAINT ussd_sessions_pkey PRIMARY KEY (session_id);


--
-- Name: admin_events_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX admin_events_subject ON public.admin_events USING btree (subject, seq);


--
-- Name: attachments_complaint; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_complaint ON public.attachments USING btree (complaint_id);


--
-- Name: communes_province; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communes_province ON public.communes USING btree (province_code);


--
-- Name: complaint_events_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_events_at ON public.complaint_events USING btree (at, seq);


--
-- Name: complaint_events_complaint; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_events_complaint ON public.complaint_events USING btree (complaint_id, seq);


--
-- Name: complaint_search_complaint; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_search_complaint ON public.complaint_search USING btree (complaint_id);


--
-- Name: complaint_search_tsv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_search_tsv ON public.complaint_search USING gin (tsv);


--
-- Name: complaints_assignee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_assignee ON public.complaints USING btree (assignee_id, status);


--
-- Name: complaints_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_category ON public.complaints USING btree (category_code, id);


--
-- Name: complaints_commune; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_commune ON public.complaints USING btree (commune_code, id);


--
-- Name: complaints_deadline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_deadline ON public.complaints USING btree (answer_by, id);


--
-- Name: complaints_duplicate_of; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_duplicate_of ON public.complaints USING btree (duplicate_of) WHERE (duplicate_of IS NOT NULL);


--
-- Name: complaints_late_ack; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_late_ack ON public.complaints USING btree (status, acknowledge_by);


--
-- Name: complaints_late_answer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_late_answer ON public.complaints USING btree (status, answer_by);


--
-- Name: complaints_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_received ON public.complaints USING btree (received_at, id);


--
-- Name: complaints_retention; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_retention ON public.complaints USING btree (kind, status, closed_at) WHERE (erased_at IS NULL);


--
-- Name: complaints_sender; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_sender ON public.complaints USING btree (sender_key, id) WHERE (sender_key IS NOT NULL);


--
-- Name: complaints_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_status ON public.complaints USING btree (status, id);


--
-- Name: complaints_unit_deadline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_unit_deadline ON public.complaints USING btree (unit_code, answer_by, id);


--
-- Name: complaints_unit_newest; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaints_unit_newest ON public.complaints USING btree (unit_code, id);


--
-- Name: inbound_messages_sender; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX inbound_messages_sender ON public.inbound_messages USING btree (sender_key, received_at);


--
-- Name: intake_receipts_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX intake_receipts_created ON public.intake_receipts USING btree (created_at);


--
-- Name: notifications_complaint; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_complaint ON public.notifications USING btree (complaint_id);


--
-- Name: notifications_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_due ON public.notifications USING btree (status, channel, next_attempt_at);


--
-- Name: routing_rules_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX routing_rules_key ON public.routing_rules USING btree (COALESCE(category_code, ''::text), COALESCE(department_code, ''::text), COALESCE(region_code, ''::text), COALESCE(province_code, ''::text), COALESCE(commune_code, ''::text));


--
-- Name: service_points_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_points_unit ON public.service_points USING btree (unit_code);


--
-- Name: staff_sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_sessions_user ON public.staff_sessions USING btree (user_id);


--
-- Name: ussd_sessions_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ussd_sessions_updated ON public.ussd_sessions USING btree (updated_at);


--
-- Name: admin_events admin_events_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER admin_events_no_change BEFORE DELETE OR UPDATE ON public.admin_events FOR EACH ROW EXECUTE FUNCTION public.admin_events_append_only();


--
-- Name: complaint_events audit_head_follows; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_head_follows AFTER INSERT ON public.complaint_events FOR EACH ROW EXECUTE FUNCTION public.audit_head_follows();


--
-- Name: complaint_events complaint_events_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaint_events_no_change BEFORE DELETE OR UPDATE ON public.complaint_events FOR EACH ROW EXECUTE FUNCTION public.complaint_events_append_only();


--
-- Name: complaints complaint_tallies; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaint_tallies AFTER INSERT OR DELETE ON public.complaints FOR EACH ROW EXECUTE FUNCTION public.complaint_tallies();


--
-- Name: complaints complaint_tallies_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaint_tallies_update AFTER UPDATE OF status, unit_code, acknowledge_by, answer_by ON public.complaints FOR EACH ROW WHEN (((old.status IS DISTINCT FROM new.status) OR (old.unit_code IS DISTINCT FROM new.unit_code) OR (old.acknowledge_by IS DISTINCT FROM new.acknowledge_by) OR (old.answer_by IS DISTINCT FROM new.answer_by))) EXECUTE FUNCTION public.complaint_tallies();


--
-- Name: stats_answer_days stats_rollup_days_follows; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER stats_rollup_days_follows AFTER INSERT OR UPDATE ON public.stats_answer_days FOR EACH ROW EXECUTE FUNCTION public.stats_rollup_days_follows();


--
-- Name: stats_cohorts stats_rollup_follows; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER stats_rollup_follows AFTER INSERT OR UPDATE ON public.stats_cohorts FOR EACH ROW EXECUTE FUNCTION public.stats_rollup_follows();


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: attachments attachments_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id);


--
-- Name: categories categories_department_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_department_code_fkey FOREIGN KEY (department_code) REFERENCES public.departments(code);


--
-- Name: communes communes_province_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communes
    ADD CONSTRAINT communes_province_code_fkey FOREIGN KEY (province_code) REFERENCES public.provinces(code);


--
-- Name: complaint_events complaint_events_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint_events
    ADD CONSTRAINT complaint_events_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id);


--
-- Name: complaint_search complaint_search_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint_search
    ADD CONSTRAINT complaint_search_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id);


--
-- Name: complaints complaints_assignee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES public.users(id);


--
-- Name: complaints complaints_category_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_category_code_fkey FOREIGN KEY (category_code) REFERENCES public.categories(code);


--
-- Name: complaints complaints_commune_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_commune_code_fkey FOREIGN KEY (commune_code) REFERENCES public.communes(code);


--
-- Name: complaints complaints_duplicate_of_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_duplicate_of_fkey FOREIGN KEY (duplicate_of) REFERENCES public.complaints(id);


--
-- Name: complaints complaints_unit_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaints
    ADD CONSTRAINT complaints_unit_code_fkey FOREIGN KEY (unit_code) REFERENCES public.units(code);


--
-- Name: guide_versions guide_versions_category_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guide_versions
    ADD CONSTRAINT guide_versions_category_code_fkey FOREIGN KEY (category_code) REFERENCES public.categories(code);


--
-- Name: guide_versions guide_versions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guide_versions
    ADD CONSTRAINT guide_versions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: intake_receipts intake_receipts_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intake_receipts
    ADD CONSTRAINT intake_receipts_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id);


--
-- Name: notifications notifications_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id);


--
-- Name: poster_campaigns poster_campaigns_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poster_campaigns
    ADD CONSTRAINT poster_campaigns_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: poster_campaigns poster_campaigns_region_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poster_campaigns
    ADD CONSTRAINT poster_campaigns_region_code_fkey FOREIGN KEY (region_code) REFERENCES public.regions(code);


--
-- Name: provinces provinces_region_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provinces
    ADD CONSTRAINT provinces_region_code_fkey FOREIGN KEY (region_code) REFERENCES public.regions(code);


--
-- Name: routing_rules routing_rules_category_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_category_code_fkey FOREIGN KEY (category_code) REFERENCES public.categories(code);


--
-- Name: routing_rules routing_rules_commune_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_commune_code_fkey FOREIGN KEY (commune_code) REFERENCES public.communes(code);


--
-- Name: routing_rules routing_rules_department_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_department_code_fkey FOREIGN KEY (department_code) REFERENCES public.departments(code);


--
-- Name: routing_rules routing_rules_province_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_province_code_fkey FOREIGN KEY (province_code) REFERENCES public.provinces(code);


--
-- Name: routing_rules routing_rules_region_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_region_code_fkey FOREIGN KEY (region_code) REFERENCES public.regions(code);


--
-- Name: routing_rules routing_rules_unit_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.routing_rules
    ADD CONSTRAINT routing_rules_unit_code_fkey FOREIGN KEY (unit_code) REFERENCES public.units(code);


--
-- Name: secret_attempts secret_attempts_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.secret_attempts
    ADD CONSTRAINT secret_attempts_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id) ON DELETE CASCADE;


--
-- Name: service_points service_points_commune_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_points
    ADD CONSTRAINT service_points_commune_code_fkey FOREIGN KEY (commune_code) REFERENCES public.communes(code);


--
-- Name: service_points service_points_unit_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_points
    ADD CONSTRAINT service_points_unit_code_fkey FOREIGN KEY (unit_code) REFERENCES public.units(code);


--
-- Name: sign_in_attempts sign_in_attempts_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_attempts
    ADD CONSTRAINT sign_in_attempts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: staff_sessions staff_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_sessions
    ADD CONSTRAINT staff_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: training_scenarios training_scenarios_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_scenarios
    ADD CONSTRAINT training_scenarios_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaints(id);


--
-- Name: training_scenarios training_scenarios_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_scenarios
    ADD CONSTRAINT training_scenarios_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: training_trainees training_trainees_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_trainees
    ADD CONSTRAINT training_trainees_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: units units_department_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_department_code_fkey FOREIGN KEY (department_code) REFERENCES public.departments(code);


--
-- Name: units units_parent_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES public.units(code);


--
-- Name: units units_region_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_region_code_fkey FOREIGN KEY (region_code) REFERENCES public.regions(code);


--
-- Name: users users_unit_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_unit_code_fkey FOREIGN KEY (unit_code) REFERENCES public.units(code);


--
-- PostgreSQL database dump complete
--


