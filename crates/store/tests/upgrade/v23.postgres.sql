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

INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (1, 'core', '2026-11-30 18:41:48.07055+00', true, '\xb6e1d9b32dee400d5f11f1f644640057caf92368672b837d685a004d8af41fdb6d0653c06ffeb78905536719308da8d9', 260876939);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (2, 'intake', '2026-11-30 18:41:48.334033+00', true, '\x522d054225b518f06f0d3934ac64a65ccd536bf090cf5a5823e7a537e2f05d62b35ed538c23a254b78e2cb6cefa0c341', 41531625);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (3, 'notifications', '2026-11-30 18:41:48.379468+00', true, '\x5fb4bbb202b26a796fed4d76a5bbb8bfe052e97c7961104d68a77cb431925c273cb60844759d95711d37ed3f5cfa59f5', 28042999);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (4, 'escalation routing', '2026-11-30 18:41:48.411425+00', true, '\x79b060151b9bb18e90555162e94d524256a90ed1dc05155c15a686c102112da1ac6468596f14a4181f69a36c45a17b25', 32057160);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (5, 'staff sessions', '2026-11-30 18:41:48.447367+00', true, '\x51ac580c0166da180e45e9aa9eb1a862b0dfb8215ee498c4b385e95301b777ca7823e4006e835a442a340216e64bfaa5', 15867367);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (6, 'response guide', '2026-11-30 18:41:48.467187+00', true, '\xfd6188862ea1a08f286ca785c4ed0b8d451f4a879a67973eb2a343ae6db35e7457ce58f099b247b4ad92ddf8ba15e95d', 16031952);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (7, 'search', '2026-11-30 18:41:48.48728+00', true, '\xbb9efaf486402392602dab2ad427ded48143708e7a27235b3cdb5e1504242b3971f46615de41686ea50b046e8286b908', 20022491);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (8, 'unit queue index', '2026-11-30 18:41:48.511334+00', true, '\x4874c80e1bca50184b53007f070af8f88f1af9d78b0e38fe0e46f83a25f49bfd4e12cf303551ca3b7a15e9fd719249a0', 10162376);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (9, 'duplicates', '2026-11-30 18:41:48.523179+00', true, '\x8eb2ea0814118bfecbf3cf4a4f60026d0bbf70dedbdf9e38630271696dc8357a69ae16523b0109bf6910ae24e3763cc9', 13783921);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (10, 'admin audit', '2026-11-30 18:41:48.539256+00', true, '\xf8f752b19e92c39ef0d0cbcf7ae4ad2eca26f82cc6ba7ff0fe6482a7fd80c8ea9fc09f81383c99e33c577401435348db', 24051849);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (11, 'queue filter indexes', '2026-11-30 18:41:48.571629+00', true, '\xc66f559f428cce885b23cd242836b41b072a712386b65be416b21e8d58f1d7f5382cf9de56fa57cd67965006eed3ac08', 20055520);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (12, 'totp', '2026-11-30 18:41:48.595478+00', true, '\x59cae79cddc0172df59c1e6e28d3bf22c40285aa87c9a41ffec11b37afde88ce117b485a37ab97bbb08e09cbe24e0703', 5661106);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (13, 'phone channels', '2026-11-30 18:41:48.603368+00', true, '\x313c92ea0b534d8093a5438a2fce8bbf6329c93434fbd408d5289c83bf5188a8433564de906308e5e5d168bbd7774be1', 48102546);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (14, 'open311', '2026-11-30 18:41:48.655476+00', true, '\xb3f332f9381831ad33c43ff941635bccb39c7b1e49480fefd5fa4b9a5878a7ae5fcf3f1aefc6cc912aded0b19bc3d98f', 8041309);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (15, 'stats', '2026-11-30 18:41:48.667466+00', true, '\xbd66da0aeba07d2351a4b9a23f8bda7693c195e202159493fb8fbec9f58c5c38da7c83906e00f6eea8adf2aa86c50b83', 28190844);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (16, 'stats rollup', '2026-11-30 18:41:48.696399+00', true, '\x04c3bd7327002d3540b3ae718df12b00b03fdc87c77c89916723f64df72c49014d4099c21b88732c6f4503de0ea544bf', 30989295);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (17, 'attachment blobs', '2026-11-30 18:41:48.730147+00', true, '\x7c770bb72424ea5a722cc92d2a4b3536cdd5938fb1a4596564a281ec4167775bc417ebde54842a5713b0177b68f8291c', 13068241);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (18, 'retention', '2026-11-30 18:41:48.747376+00', true, '\x5e05eae8fd58de632b5b77b547ac56dbecb957aba651c9f36c60533c9552f9cd85d4c583bc581bfb9f7630af29b12920', 28075352);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (19, 'key rotation', '2026-11-30 18:41:48.779384+00', true, '\x529313834f4ce5caa06572ffe8da7313e1f67318c428b9ad8d7bdd21337ea234462b5e0e884478343c76b56b33a80706', 19955983);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (20, 'attempts', '2026-11-30 18:41:48.803498+00', true, '\x362ff12cc7c9ca2ef03cf1fb25512a437386bd503046ba5998b2c79b5b1b02b02fd47c4a3bd1a2f9a452710bd2bfd1cc', 27896331);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (21, 'training', '2026-11-30 18:41:48.839474+00', true, '\x0dce28c05650997d3c56e0fc7f5a2b86a95fc03ed79f36104715380f28326b8fcdb960e457a1dda46d5d058472381c92', 24046121);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (22, 'service points', '2026-11-30 18:41:48.867352+00', true, '\x4a2459086a8dd69c836da373f6566c463e327825759e80dd147b14d1c3c5b9b26250d668b8b4b5030c16d8aa7aed8e56', 27937282);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (23, 'tallies', '2026-11-30 18:41:48.903382+00', true, '\x96c4d6638711ac5567b433c2b2688c743791f8f2ccea021c00681fb42fb2ae7f387a58ee4d04b59b20cb63a89fa131dc', 52236358);


--
-- Data for Name: admin_audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_audit_head (id, seq, hash) VALUES (1, 34, '1d58a62bebf71ac401503ef837804a427b316c0ada446f88c1a5520d07a85049');


--
-- Data for Name: admin_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"id": 1, "name": "Aminata Kaboré", "role": "admin", "unit": null, "email": "admin@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '83206e562c8446c3299e7884df1c925ac34018cb35cd4822577b300d1b0723d2');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"id": 2, "name": "Jean Zongo", "role": "auditor", "unit": null, "email": "auditeur@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '31b1640b121995c5493348e0e080575a0b5051295661eb880a88704073b9fab2');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"id": 3, "name": "Fatimata Diallo", "role": "intake", "unit": "SAN", "email": "accueil.sante@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'd1a68ae3b191f64bc559913ff3443e0c06a1779050d016a2e4277dad0cbf1a9d');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"id": 4, "name": "Dr Salif Ouédraogo", "role": "supervisor", "unit": "SAN", "email": "superviseur.sante@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'ef341912bac135f75840f94bac29e5cf55121ff8b4c2f5370b424adbba720afe');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"id": 5, "name": "Mariam Sawadogo", "role": "officer", "unit": "SAN-BF13", "email": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'f74c6ac73ad1026524968487806fbc9d5323754660ea1e1f079ef49cbb2c1f80');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"id": 6, "name": "Issouf Traoré", "role": "officer", "unit": "SAN-BF53", "email": "agent.sante.guiriko@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '5fa8f61a5fccba96dab4d014369fc6c31e1b3120772aa0b0ad9612dbdd2d0209');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"id": 7, "name": "Paul Compaoré", "role": "supervisor", "unit": "EDU", "email": "superviseur.education@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'c2043ea7067499a8e502dcf84edc7ae341b241a4d6fe23ba4a279c9ef04d1f73');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"id": 8, "name": "Awa Nikiéma", "role": "officer", "unit": "EDU-BF13", "email": "agent.education.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '8a19a1e0269e7c4d6f2153c486be754d41ca16435c587bbd51ea368634beae12');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"id": 9, "name": "Rasmané Ilboudo", "role": "supervisor", "unit": "FP", "email": "superviseur.fp@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '5ab50bec6441bdfeb18b6a0eebf7c11ac42aec4bfdaffd124fa63afaa49dc426');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"id": 10, "name": "Alizèta Tapsoba", "role": "officer", "unit": "FP-BF13", "email": "agent.fp.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'b00870a6209fc8ca15a02f5902cee74a3994c8931ade482bc6f4dabf09f91ecb');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"id": 11, "name": "Clémentine Somé", "role": "supervisor", "unit": "JUS", "email": "superviseur.justice@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '099313b3ec7da8dd1c25b107306a5dfcfbb242bd9f65ad4b3c56573769d5d657');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (12, 'cli:demo', 'user.add', 'user#12', '{"id": 12, "name": "Hamidou Belem", "role": "officer", "unit": "JUS-BF13", "email": "agent.justice.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '28b20fc4a35edb7d3954699515147743746c1ee8e82ed0c895cea3bc0e530da1');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (13, 'cli:demo', 'user.add', 'user#13', '{"id": 13, "name": "Boukary Ouattara", "role": "intake", "unit": "GEN", "email": "orientation@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'ca4049984c8ff88d69b4506a091f79d24e75933cdc78b54c5e7e08db02bd60aa');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (14, 'cli:demo', 'service_point.add', 'service_point:CSPS-PISSY', '{"code": "CSPS-PISSY", "kind": "health_centre", "name": "CSPS de Pissy (secteur 17)", "address": "Avenue de la Liberté, secteur 17", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-11-30 18:41:49.314561+00', '0d134c27e75bae1ed4d67987632388b025ef1cb2658e44fada1222f83d5af3c1');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (15, 'cli:demo', 'service_point.add', 'service_point:CSPS-WEND-KUUNI', '{"code": "CSPS-WEND-KUUNI", "kind": "health_centre", "name": "Centre de santé Wẽnd-Kuuni", "address": null, "unit_code": "SAN-BF13", "commune_code": "BF130006"}', '2026-11-30 18:41:49.314561+00', 'c50fbdfd64f216e32c047fb9015071624ce85016df0e20e3b582acfad86d795f');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (16, 'cli:demo', 'service_point.add', 'service_point:EPP-TANGHIN-A', '{"code": "EPP-TANGHIN-A", "kind": "school", "name": "École primaire publique Tanghin A", "address": "Quartier Tanghin, près du barrage", "unit_code": "EDU-BF13", "commune_code": "BF130004"}', '2026-11-30 18:41:49.314561+00', '8427f287c6f1fb1c0a371063ac4f58e04288b8a4119a6f59b8c7cd888a58be5d');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (17, 'cli:demo', 'service_point.add', 'service_point:EPP-KOMSILGA-CENTRE', '{"code": "EPP-KOMSILGA-CENTRE", "kind": "school", "name": "École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire", "address": "Route de Kombissiri, à côté de la mairie", "unit_code": "EDU-BF13", "commune_code": "BF130002"}', '2026-11-30 18:41:49.314561+00', 'b51af3fe0f4d5414797be23147c08dac141dcdd4aedf2fe82af2486f00b358b2');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (18, 'cli:demo', 'service_point.add', 'service_point:TGI-OUAGADOUGOU', '{"code": "TGI-OUAGADOUGOU", "kind": "court", "name": "Tribunal de grande instance de Ouagadougou", "address": "Avenue de l''Indépendance", "unit_code": "JUS-BF13", "commune_code": "BF130004"}', '2026-11-30 18:41:49.314561+00', '3f69516d7c5e2a0e8557bf42cf639557d363b7747dd4c928d1c2935e9e22a302');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (19, 'cli:demo', 'service_point.add', 'service_point:DRS-KADIOGO', '{"code": "DRS-KADIOGO", "kind": "directorate", "name": "Direction régionale de la santé du Kadiogo", "address": "Boulevard Tansoba Kiéma", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-11-30 18:41:49.314561+00', '75740ecc1532180d6a4b92b714719999d49720ee5396fa8ddfae0fffa988ea6d');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (20, 'cli:demo', 'service_point.add', 'service_point:CMA-DO', '{"code": "CMA-DO", "kind": "health_centre", "name": "CMA du secteur 22 (Dô)", "address": "Secteur 22", "unit_code": "SAN-BF53", "commune_code": "BF530102"}', '2026-11-30 18:41:49.314561+00', '27af96496351b65e9a0a9e5365834d43df46b7d437a4bbae5ded07279e57d34b');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (21, 'cli:demo', 'service_point.add', 'service_point:LYCEE-OUEZZIN', '{"code": "LYCEE-OUEZZIN", "kind": "school", "name": "Lycée Ouezzin Coulibaly", "address": "Avenue de la République", "unit_code": "EDU-BF53", "commune_code": "BF530102"}', '2026-11-30 18:41:49.314561+00', '613fa4dc8b41b0d2f112706df59f5c0dc11b40ba430e0572de246b5a4b48b777');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (22, 'cli:demo', 'service_point.add', 'service_point:TGI-BOBO', '{"code": "TGI-BOBO", "kind": "court", "name": "Tribunal de grande instance de Bobo-Dioulasso", "address": null, "unit_code": "JUS-BF53", "commune_code": "BF530102"}', '2026-11-30 18:41:49.314561+00', 'a94aa7c06f701b5be00b3a65ec5b404f97981f522e5f5260df563ad25999e946');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (23, 'cli:demo', 'service_point.add', 'service_point:DRFP-GUIRIKO', '{"code": "DRFP-GUIRIKO", "kind": "office", "name": "Direction régionale de la fonction publique — Guiriko", "address": "Rue du Commerce", "unit_code": "FP-BF53", "commune_code": "BF530102"}', '2026-11-30 18:41:49.314561+00', '8a94e215a2dc4eb979c1a0ce20103d5e8bc45ca3f3a023ae0ae80a87a27c144a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (24, 'cli:demo', 'service_point.add', 'service_point:CSPS-KAYA-5', '{"code": "CSPS-KAYA-5", "kind": "health_centre", "name": "CSPS du secteur 5 de Kaya", "address": "Secteur 5", "unit_code": "SAN-BF49", "commune_code": "BF490304"}', '2026-11-30 18:41:49.314561+00', '03aebb8ceac31c593999f56e5f0290435e5048f5adff57784b793c6d01725eca');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (25, 'cli:demo', 'service_point.add', 'service_point:EPP-KAYA-B', '{"code": "EPP-KAYA-B", "kind": "school", "name": "École primaire publique Kaya B", "address": "Quartier Bilgho", "unit_code": "EDU-BF49", "commune_code": "BF490304"}', '2026-11-30 18:41:49.314561+00', '0ba55f31e025fb8144f997c015910fcbd9d487df19ad56b3a3861eef8cf67686');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (26, 'cli:demo', 'service_point.add', 'service_point:CHR-KOUDOUGOU', '{"code": "CHR-KOUDOUGOU", "kind": "health_centre", "name": "Centre hospitalier régional de Koudougou", "address": "Route de Réo", "unit_code": "SAN-BF50", "commune_code": "BF500105"}', '2026-11-30 18:41:49.314561+00', '242a45a9deff3c1de50e930aa1790bdd18f0ea6366d31d76217c5f4c3955e9e9');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (27, 'cli:demo', 'service_point.add', 'service_point:EPP-PABRE-ANCIEN', '{"code": "EPP-PABRE-ANCIEN", "kind": "school", "name": "École de Pabré (ancien site)", "address": null, "unit_code": "EDU-BF13", "commune_code": "BF130005"}', '2026-11-30 18:41:49.314561+00', '46c1db220ef34950111ba6a87ac5dc40c0aa895d2c5f5cb5f72eb09adf14bca5');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (28, 'cli:demo', 'service_point.remove', 'service_point:EPP-PABRE-ANCIEN', '{}', '2026-11-30 18:41:49.314561+00', '712d96fd65fff9931345520ff73e68e1211f7ddaf5c8fd832fa192254d5bf6be');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (29, 'cli:demo', 'poster_campaign.add', 'poster_campaign#1', '{"id": 1, "label": "Affiches dans les centres de santé, écoles et tribunaux", "region": null, "started_on": "2026-11-09"}', '2026-11-30 18:41:49.314561+00', '81f9ee4743cb733b95f8eae1474c166c9323a81e98d76718a37d504763136c3c');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (30, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"id": 1, "unit_code": "SAN-BF13", "region_code": null, "commune_code": "BF130004", "category_code": "SAN-FEES", "province_code": null, "department_code": null}', '2026-11-30 18:41:52.198091+00', 'd8713a483129c28d50809721ab0da0f2d0295cc94ae5ff7de4aa34311aa27f32');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (31, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en": "Test holiday", "name_fr": "Jour férié de test"}', '2026-11-30 18:41:52.252776+00', '7fa37ef277de9305515124eb9d64bd75fa3482bc3261501e6a25e40d446c25f2');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (32, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"level": "facility", "parent": "SAN-BF13", "region": "BF13", "name_en": "Sector 30 medical centre", "name_fr": "CMA du secteur 30", "department": "SAN"}', '2026-11-30 18:41:52.297242+00', '2613815e39d7593d8552c9f278f8907d710fe50534c8b2192678b28f343467fc');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (33, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure": "Vérifier le reçu; appeler le responsable du centre.", "templates": {"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-11-30 18:41:52.617473+00', '310caf3c0fb5bcc035c066e932c5d47af9eb638f1861d0535b2d8c3fc6f34e27');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (34, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days": 3650}', '2026-11-30 18:41:52.675737+00', '1d58a62bebf71ac401503ef837804a427b316c0ada446f88c1a5520d07a85049');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens (token_hash, user_id, created_at, expires_at) VALUES ('67a152f639df6353653ea55fa78f183530a58106fef2e249b52a3283937f19c4', 1, '2026-11-30 18:41:51.125559+00', '2027-02-28 18:41:51.125559+00');


--
-- Data for Name: attachment_blobs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachment_blobs (storage_key, sealed) VALUES ('2026/11/28b53621e12a26f2e2f03166a512ddd9.png', '\xc02dca5545221fcf386a85acb04e174e872fa6afefdd512b8e0eba0855848509297fd1d9e117e2b228a60f434218c77accf75253488c4586648c78a366a8f2d5c15b529f6c87d77eefc255d2b972f11010eb48db4c761dcfbe13f4ab945a2b743423f0e63d47c9a967e9212e08');


--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachments (id, complaint_id, file_name, content_type, size_bytes, sha256, storage_key, created_at) VALUES (1, 59, 'photo.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/11/28b53621e12a26f2e2f03166a512ddd9.png', '2026-11-30 18:41:51.989817+00');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head (id, seq, hash) VALUES (1, 154, 'bd7058f878bda73c255a4f83c1d193294338739714a0cbe734fc3784708e150d');


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

INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (1, 1, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '484d1526baecd811d0856020084e617ff178c551704c6656bc30616e24c2d633');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (2, 2, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '499ede5ab14ee70faaf4c6039df7d41412bdc6ab08ecb558efdbc678b1cc7a1b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', 'a62400183e69583a3abb1331a2d90045c0717ebcb425f9a28fc6f398e51ab1de');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (4, 3, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '9762213c30dbe4737eb9f42dab75e37eed93800d2d592388c46addf0e385f3ef');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '49a7d305e8ce58b7075d4b4d490fb67f4cbb7e7f3c305ee986c6a38c8f340d22');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (6, 3, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'e0e4969e700de16482c68396db40aab647534bf464e4946c4083788ce0e40b08');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (7, 4, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '5ca3c743615d0c0217d1fedd9427fba18e744d442e4bd6c26e3a04d5ce43cb1a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', 'a78432bb218703d6f63178259cdb881013efbe4353e8cba3f7bc3edc02dd13b3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (9, 4, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'ccf171271e14ad637c0a07927b3e8419df1467f4a843a86a6507881a077bc60d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (10, 4, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '20393e40a1c88b2fc2b67b5d2a0771bbb035b3aed5ca2ec8109ee7e77ee89144');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (11, 5, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '2dd9f30c0bead257ce74383c5038e47e4918c0b0f0e885a6288a82dafd5e0e5c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', 'ffff48190599f9f1e324e93c89cdd9e3e939a1a548c396bc281166dbe92a6ee0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (13, 5, 'staff:1', 'assign', '{"assignee": "agent.education.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '31dc052ed9cfb0d54cf337184fa3e7f865ee8df10b5b550c3d49943fcffe30fe');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (14, 5, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', 'f1d8ac6b3e6d2e75963ca66e9e6630e1eac1303c44c53265a9574ceb0fa20417');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (15, 5, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', '30dcb391f45f388e68745b139e87c058411f8e43c527f418d805212709c0592c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (16, 6, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'a505fe973b553fb9a629163d37b185e96f4d1071c68439f39d02513d79595ae3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '99151ec2058c1d58ec0f1c029448b90528d8487a2e877768ebbcae57e26407ba');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (18, 6, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'db77c3469cfdf167c747302eb3bfa7ceb8852dcefd928df5e16e69ea16a161b6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (19, 6, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '9b09ca74fd21205c248fd9b68518bdb9d0a38b03c90ca9558ca926ee925e22d4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (20, 6, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', '20dcec7f63460b07d14cecf11ce6853601e532cb0462078b290b7736d15c4ca7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (21, 6, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-11-30 18:41:49.314561+00', '92e99c9d2724935461e1061c4b0397547047eb9f36ea9529307dd38f45c27f99');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (22, 7, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '9abfca1147609324f95486c58f2d6993ab74ca21a64a02932767085b65ed8d34');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', 'a0d7a91a82194e23398f86b425fd7bcd58c084d68e7dece49a5214860b4a4a0c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (24, 7, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'fbb0e8752eaccb1ef0bf901dcfbcaa9a47477b29b7bf27f387f36016f1372cf0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (25, 7, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '5ccf0c245c3d2b9fbfc0366105ce24976b386a990f228d5e5ff4dacba992feef');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (26, 7, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', 'e19dc1a1b43826353b36ae50cb2c650f6439570a6a5e9c92f45fc97ff1b9fb7f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (27, 7, 'staff:1', 'close', '{}', '2026-11-30 18:41:49.314561+00', 'a5dd40ce0e232b085e7414ecfd89f4b9d3458170c1ff932c556a51e021323b28');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (28, 8, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '4a3aab1b2e1d196eeb74bfcefabca3c76fa6911c0ee5f1c7dccfef8c974badf7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (29, 8, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30 18:41:49.314561+00', 'b7800851d1b521c97770b22c784e9a7824fd1cb9cfa38d1bd0367b11f635408a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (30, 9, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'c012f62aec29ae5d484f4a057bd57ddd9ac7ee366804789807ebdb97769edbcb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (31, 9, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-11-30 18:41:49.314561+00', '32fd801305bb7bbe27e9c4c58037fd20af45e01802aa3d899aa10071b7d06b6e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (32, 10, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'e1003b7855e2b186c9e7dd06f749560047bea90154de381942cf1e3c2da7aab0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (33, 11, 'public', 'received', '{"kind": "denunciation", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '2b5bac3d6adae8c3ff46ca7284d410446fb310ecbed7c131ff939d71cd5d941f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '3894f0df3c090dca7ce025c93fb1545cba306110f6fc5507e01bb3a5f83e5b99');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '317bf3b9f87f35a169342a2816c93e0db914d502484d286a3375df7b128a952b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (35, 12, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '3d11a7c003f24c69b20a6ebbd79ca202d3b242f9dfd5011616f6866fa7919c88');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '6795776493df4bdd14b04ae8c63b21d2f507e9d702570e84f0c1928feb28c486');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (37, 12, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '3d2892d0933ef0b545282a3950958cca32e6449f2c083438a99bdb00c1b7cfb2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (38, 13, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'a3a727dc262459d806dcea6780f67e2f0da37c5f3fdc784711d239633ab06685');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '958f384a77d62eb7e632b9cd37000af07a5b02cec9a13395e842dbbe0d526192');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (40, 13, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '45705012f782c1b6b610a90580fe654d5746c8930bc396004588d61a38fe6c91');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (41, 13, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '609fa9eaa34af7737bdc95e253189546c533480b06b12d3e17e709b8eeb73936');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (42, 14, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '8459a5c2243af7fd6cbc1cdf93d5fc1bfc0198b92840b1bbc5558110add1f25a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '965891d19d97830cfecddd92bb4e3ba246382a938464acc216a08428fdb00fd0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (44, 14, 'staff:1', 'assign', '{"assignee": "agent.sante.guiriko@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '7e70ea77e6e54b7a00cda538a4c576aa15893ddac743807b5c91b939a44ef4e5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (45, 14, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '4882f0549609eec7de62b8b6c448a5dc1dd70543fb90235ff3044569179c5af8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (46, 14, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', 'cb74830b65a10d1ae175b6067604c26210070d5ce2814614a5c794f55a9278bf');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (47, 15, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '817c60b0ab7b58b66c4f95f49354e4c8e616c48e7d9c7854284316c654f0a93d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', 'f6e01378f8f8fdbc39fc5f2a51876d4f8df787ed77f9e87b785a68c0c616f8b4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (49, 15, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '720dc0f73f1d8a07977c01a5903c68ec7d2dee5921341dc6b77b935939c27899');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (50, 15, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '2d843c42b8245b07ef0f19b62f07bef759823cb5fbfb4a03369ffe3a55824114');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (51, 15, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', '504bcdd0a17b7d9b3ad5a7e4b296a7b3eaeae22920b2f73872d7f46b5b965962');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (52, 15, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-11-30 18:41:49.314561+00', '1d15dfa94786a0788a15ab1d45681c00c2c4feab97eb05bc4bb92248578eb366');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (53, 16, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'c89419d5dd9d94755d163d386fc86fe112ad399f12e27749b6513db705fbc42e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '2686e712f4ac2a2b5fd6428ba7bc8c0b0df4061ea4bc42803faf5c5317d9a6ce');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (55, 16, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '94c03b404d542fbbd2ef8fa60ddf365c343c947a998e5c536c1740128bb58b43');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (56, 16, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '173a878faac25161bf0ac4aba8e81f7054c47e5c264131df9d70a0012f794235');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (57, 16, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', '791218e525e589dd06b72b10c8e28c1496929a1f4a8e0eb96184ef9b8c69043d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (58, 16, 'staff:1', 'close', '{}', '2026-11-30 18:41:49.314561+00', 'd335a69c921569ba25e1578c497e9bd9b3798a1c45e11c4a5246b55b0551bb3d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (59, 17, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'e79b824dccf6bf967d54d7e7709fbee866890c8b9aca388eb9dec8093942c262');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (60, 17, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30 18:41:49.314561+00', '057aad893e2f78c36c1b61b422146df1a09102d6091ba66d7533f0694c9cd7de');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (61, 18, 'public', 'received', '{"kind": "denunciation", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'f94af167758847049a14b01d2ee3516185b5b4d71bacf68089db16eb1b9b8d45');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (62, 18, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-11-30 18:41:49.314561+00', '6fb8c807ef43e82e573f037a234b08e735179e3b576342bd32f9046d9355755f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (63, 19, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '3e847a21f4fad51f4605f94d5004e0daa761aae03bdce7bd3659947c3c0244ad');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (64, 20, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '88d13c16a565f4816e7b552a3291ea985fb0d73b8621385b7781f20190b441a3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '3adf2e3bd6a168eb38deb0785f177fec26ab4c442dcb4db470409f8ee9094e22');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (66, 21, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '6e557acc68aeb7215b5f3bac1846576a42de4bd0a7c80ba6e1106dd647a435e5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '05ab961dcd7f02a6b14c8d41490f1f05b77e907d42b618c2ffa58325a2ada579');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (68, 21, 'staff:1', 'assign', '{"assignee": "agent.fp.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '02edbf1783b4570569c265d4207554dd58c313cce04332331aab4257bf7bad1e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (69, 22, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '99fd73e0344513edb5f6ed62efc5274b93131e2635ff6f2691e3da6b68aac213');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (71, 22, 'staff:1', 'assign', '{"assignee": "superviseur.fp@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'fe40542303f7ffec8382408bd62d4ed41d4b53e2edc27d0a60311b72121e65e2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (72, 22, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '7a87b9be1d47bd8c121c6f46eb10e894a34f302a3bb4cd50593884704de66469');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (73, 23, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'ce239abed02f77ca2274fd3abfc971543fe56d9e71d9695aad91323cc2c0d00f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '3ef54e27b836a452433b480b765c2687470228c6477e1657bfb4762992e1769c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (75, 23, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '457a85db7fe409185da60ccd811673d65ab6cd2af9a54d3e93e8236f6997011d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (76, 23, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', 'de929cca72b836374505b702da146cee375f628b067279896f5910dede0fd4ba');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (77, 23, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', 'fc1a3f863b6039ed0e4561573989f78dd9c192cd36b7d18fe309f8c19cf55011');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (78, 24, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '811e8436461a01725df977c2ab4c1e1878ac6c7c92d51d8a5c6ca86e3f023b7c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', 'ee57af6bf62e1cb847dddad69efd14ba872ee0ae71dc8ad2119ae8760edc48c8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (80, 24, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', '567eb542609ff0a686d51fde39907353267c040b7c3bc129469f9987cc625a2d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (81, 24, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '30011a21f7fb2cdbb101b0eb2eabf06a9ede8749c9f1efdfe2dcd0c33dbc7422');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (82, 24, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', '83db585d812d04fff55206e975224a31245ab5a0003783e243c4709688d930b3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (83, 24, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-11-30 18:41:49.314561+00', '286ce38a74bb8751a24789965e66571b7f3416294696d3ecbf23d6b33949c302');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (84, 25, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '8f4bb116b3e706bd013a1acaef6c3fc2f3cb5c68b7bd7b36a00d1ece0a958b4f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-11-30 18:41:49.314561+00', '1f42e35f8b9044ed20d10bc76b1d257ea292555ead91729c8ca1204684547596');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (86, 25, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-11-30 18:41:49.314561+00', 'd50c5aa1a272e7bd6859c436f14343cc87c70b335aceb8c2dac08a4f50940dc9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (87, 25, 'staff:1', 'start', '{}', '2026-11-30 18:41:49.314561+00', '56f2864934dbbd7bff09fa260997ce5091e4fbbad01493258cd44cc59a2710ba');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (88, 25, 'staff:1', 'answer', '{"due": "2026-12-10", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-11-30 18:41:49.314561+00', 'bedac27ebab1bd962824f607ba74d34272a43a4c12571248f28e9089483a92e7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (89, 25, 'staff:1', 'close', '{}', '2026-11-30 18:41:49.314561+00', 'f24a0ffd59db43f0857fd1d77bb79baa65c1bfe7de12381f1c31e669ea4309b6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (90, 26, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', '792472437ea090ec77f6f4663800ecf3d4502f6241fb4653ea5966f8e5ac2483');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (91, 26, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-11-30 18:41:49.314561+00', '5a046bd7bb61bcfc18386d740760a756eaa872f9d858053591f7cf907c13fbf2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (92, 27, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:49.314561+00', 'b51b02b220770c3bc5f693ab4c3cf0b5e067b8edc1eaf4ce55e9c2266d84b8fd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (93, 27, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-11-30 18:41:49.314561+00', '816fff310528784fbef888c00f5821066c226f72fa161a78bbf44052418ac26e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (94, 28, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-10-26", "attachments": 0, "acknowledge_by": "2026-10-19"}', '2026-10-14 18:41:49.314561+00', 'ad7d2e61e5accbc51e3bc41638c10eaf3b09e4877d0d2cd5528cae22ea14deab');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (95, 29, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "sms", "category": "EDU-FEES", "answer_by": "2026-10-27", "attachments": 0, "acknowledge_by": "2026-10-21"}', '2026-10-17 17:41:49.314561+00', 'dae4b405d3215375ed878bb729bbaf7889c91c00f5f76767d5cc7d6f4d6a2d4b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (96, 30, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-FEES", "answer_by": "2026-11-02", "attachments": 0, "acknowledge_by": "2026-10-26"}', '2026-10-21 16:41:49.314561+00', '83ece852be968de88d6b2fcff8e9ad5ab20e4e9f97b45c8776c005233cfb5114');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (97, 31, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DELAY", "answer_by": "2026-11-03", "attachments": 0, "acknowledge_by": "2026-10-28"}', '2026-10-24 15:41:49.314561+00', 'ac04e5cd88058396b9acbcf29682a8c278fded82a820994e5de48565875269cc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (98, 32, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "ussd", "category": "SAN-STOCKOUT", "answer_by": "2026-11-09", "attachments": 0, "acknowledge_by": "2026-11-02"}', '2026-10-28 14:41:49.314561+00', '69b52adebcee3af9bc64ad0a31a128d157b89239adba04765b42058d0eb3df38');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (99, 33, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-ABSENCE", "answer_by": "2026-11-10", "attachments": 0, "acknowledge_by": "2026-11-04"}', '2026-10-31 13:41:49.314561+00', '758cdbb2a6d7a5c3727d9686d5fee9fad1e238381939bcd4646a13d03fcc9e35');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (100, 34, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "sms", "category": "SAN-RECEPTION", "answer_by": "2026-11-16", "attachments": 0, "acknowledge_by": "2026-11-09"}', '2026-11-04 12:41:49.314561+00', '57f93f726ac540983b7c6edc70f358fadb2d9e2e279ac0af5775d18ccbecf8d3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (101, 35, 'staff:3', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "walk_in", "category": "FP-DOCS", "answer_by": "2026-11-17", "attachments": 0, "acknowledge_by": "2026-11-11"}', '2026-11-07 18:41:49.314561+00', '2abdce62dc65ff0963892c38ea7d86504bbd0c5d62ff50ae8b8950176d320619');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (102, 36, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-20", "attachments": 0, "acknowledge_by": "2026-11-13"}', '2026-11-10 17:41:49.314561+00', '6c8ae5f41cb96efab27d54960cd3ec7e921eddbcc513f96b76821cfa64c29638');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (103, 37, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-11-20", "attachments": 0, "acknowledge_by": "2026-11-13"}', '2026-11-10 16:41:49.314561+00', 'f02903d29e06deea5d5e732b79440e860528b6b4dea484781469a6a38dca3000');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (104, 38, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "sms", "category": "SAN-WAIT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-16"}', '2026-11-11 15:41:49.314561+00', 'adab79e648cb68c20e35593972e7ebcd2e2285dcfe392f3eb9bfc1f9dcb60cf8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (105, 39, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 14:41:49.314561+00', '88862adc947c0878320ce88850b4d96c92c9016532782e4761682760018c91d5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (106, 40, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "ussd", "category": "EDU-CANTEEN", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 13:41:49.314561+00', '63fb53d9312282c4f5ebe579b4c43f9d70b289cc1bb04713fdda0f54adb4a6dc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (107, 41, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DOCS", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-13 12:41:49.314561+00', '99fc21514e9cf078eb8d2e6b2044b7fc8398f77009ed53c7e3e671230362896e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (108, 42, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-ABSENCE", "answer_by": "2026-11-24", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-14 18:41:49.314561+00', '192b94e1a8c3d0ba05e8b3533f49a52299037a8d75158408599ff096206c3672');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (109, 43, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 17:41:49.314561+00', '81e513a91dd51974029e59f7fdb192deba5f34f42c475bec5a734d118e97b29c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (110, 44, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-RECEPTION", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 16:41:49.314561+00', '2fa84f39be552b31255c7853f213fe0f1018b997e617b46c915575bcf743b68e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (111, 45, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF49", "channel": "sms", "category": "FP-CAREER", "answer_by": "2026-11-26", "attachments": 0, "acknowledge_by": "2026-11-19"}', '2026-11-16 15:41:49.314561+00', '5683747ead682060f1879e8b03de051d97371e1dc03675e31af4e592e325cf93');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (112, 46, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "web", "category": "EDU-EXAMS", "answer_by": "2026-11-27", "attachments": 0, "acknowledge_by": "2026-11-20"}', '2026-11-17 14:41:49.314561+00', '25a9ffe0bf3988ee96c968e62ba961c6c2c81117e5134dd30794259ddd9ba5d5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (113, 47, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-23"}', '2026-11-18 13:41:49.314561+00', '9b5b49bad687c867417fe2826d0475d55ce7b1aa0ccbb02e58ccd1e4be438069');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (114, 48, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-CANTEEN", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-24"}', '2026-11-19 12:41:49.314561+00', 'ffe4896da5dc0fd987bf1e3c01c0ef9939314c387fb8678dfb77e472ca2faa21');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (115, 49, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "ussd", "category": "SAN-FREECARE", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-20 18:41:49.314561+00', '821e9097d6d27d4cb14f8ddf86269bc173d82a088d299d88a95c4f30325f6bf7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (116, 50, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "web", "category": "SAN-ABSENCE", "answer_by": "2026-12-01", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-21 17:41:49.314561+00', '7a5e81de14bb0752ef54071749cf652aeb80e22a3068c6943c9078173efce3c0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (117, 51, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF50", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-02", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-22 16:41:49.314561+00', '0fcc47c6fa6366584b0122d476a1f55be87b46e71f2cc902974220aafcf1e343');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (118, 52, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "sms", "category": "EDU-ABSENCE", "answer_by": "2026-12-03", "attachments": 0, "acknowledge_by": "2026-11-26"}', '2026-11-23 15:41:49.314561+00', '63d23c80861d77ce1c54ab608772da4787855c5bfbcc886a50b3a34b0fd79cfd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (119, 53, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-12-04", "attachments": 0, "acknowledge_by": "2026-11-27"}', '2026-11-24 14:41:49.314561+00', 'f6a87361a1f368eac92d33cd224cb307678b764dce787628ca2add16dd313e68');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (120, 54, 'staff:3', 'received', '{"kind": "complaint", "unit": "JUS-BF49", "channel": "phone", "category": "JUS-DELAY", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-11-30"}', '2026-11-25 13:41:49.314561+00', '36e5cf6b2616cb52960ba183c37a0253349a4d1bb66c905d776c37aeb0ead4a3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (121, 55, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-12-01"}', '2026-11-26 12:41:49.314561+00', '8c55b9f98c1e9fbaec8f295e03105d629aad1631f78a7525bfa2739aa7a6e72f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (122, 56, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "web", "category": "JUS-FILES", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-27 18:41:49.314561+00', '6cc5ad3d1954d7717c5b7a1e9bb58475c83f9066cecf7d883924e1c43271b172');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (123, 57, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "ussd", "category": "SAN-WAIT", "answer_by": "2026-12-08", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-28 17:41:49.314561+00', '7a2ecf3bd3ab58b0357c9c532ef4f48f83f7d8baeb6e417aa4446e5ce55f338d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (124, 58, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "web", "category": "FP-DOCS", "answer_by": "2026-12-09", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-29 16:41:49.314561+00', 'cb75cda133eba72388c69577fa4070aec8b3d0d4df63ccc8939d9c0170d70863');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (125, 28, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-10-19"}', '2026-11-30 18:41:51.763013+00', '83c2456de4e045915ea9a7a505d3921b1345c1bd9d8a5ee2e32061e8f0383607');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (126, 29, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-10-21"}', '2026-11-30 18:41:51.763013+00', 'aaba80637cabce8868a4ac968e2d8304113524eccbc18fff7981476ab80a8446');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (127, 30, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-10-26"}', '2026-11-30 18:41:51.763013+00', '85fc26cf955f19030480acef5016007ab2f02dd0bd0f094cf56c01babc8dc9ab');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (128, 31, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-10-28"}', '2026-11-30 18:41:51.763013+00', 'e45646d673a2ee10b9c4540ce60c02eb714ac495526371e32402444f3c670041');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (129, 32, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-02"}', '2026-11-30 18:41:51.763013+00', '12b91604565abccc0c2c12c3eb0365e5312c8fed988ab9488491b78ad8fe3a27');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (130, 33, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-04"}', '2026-11-30 18:41:51.763013+00', '9654e72aba32bbced2124fee55f3119af0df80b00851754050dc2ef0d59273e8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (131, 34, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-09"}', '2026-11-30 18:41:51.763013+00', '3a7b968d3f44eed0a57589ccf8ff72ffa8767e55935bd218b91197e4e6caa4dd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (132, 35, 'system', 'escalate', '{"unit": "FP-BF53", "level": 1, "deadline": "2026-11-11"}', '2026-11-30 18:41:51.763013+00', '4cd8bb4051d11e55e98920c26444f0b19465f3c46b60161c21ab32e08ad9a3c9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (133, 36, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-13"}', '2026-11-30 18:41:51.763013+00', '85b29b50f3312db58b4f19be6912db6ab20cc86742455af16628e1a4ffd934a0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (134, 37, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-13"}', '2026-11-30 18:41:51.763013+00', 'f341b7d6124ecef63c661130ba83a57e9649e3d2008002ec75b7beeb50a742bf');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (135, 38, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-16"}', '2026-11-30 18:41:51.763013+00', '0c83ac0f521cd93986568ea5df8e5c7cbcf626134b9ae9bf0bed2c4ee17abe64');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (136, 59, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-10", "attachments": 1, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:51.989817+00', '782ef1d5fe0be9c056e5ecba0798e3ad0d7581f81914a9dd4574118d39ff4d0c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (137, 39, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-11-30 18:41:51.763013+00', '5afd8b85dcd8553d8c11688e6879bb611f764cbe59d6defc292c01a2326dc902');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (138, 40, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-11-30 18:41:51.763013+00', '7207cb83f576288dc1ea0416fc9897546077e0050e367c32b3c1340e938db566');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (139, 41, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 18:41:51.763013+00', 'fb0f541f3fdbab8fd442f8dc16947c19b8d84febb0e20aa3e8ed2677e5b42d6c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (140, 42, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 18:41:51.763013+00', 'd77981418c361959ebc8ea70564c615edd7081e51396796aa2223f3d36de4da0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (141, 43, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 18:41:51.763013+00', 'fdefeaff2ca480af7660a5c1931964fef194cf4714f99198be08a07f44c51a23');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (142, 44, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-11-30 18:41:51.763013+00', '2e046f207c66074d626c9390633d9ebdbf1a80fe3a6e5de3cedd83f579df6d04');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (143, 60, 'staff:1', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "walk_in", "category": "EDU-FEES", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:52.090706+00', 'c880e7011611e01121bb297c124e3983b8617319aa14ae21b2ad5b1e941b57a2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (144, 45, 'system', 'escalate', '{"unit": "FP-BF49", "level": 1, "deadline": "2026-11-19"}', '2026-11-30 18:41:51.763013+00', 'f9ff9f446ec09759f91fe60eeef19cfccc895b337400c886d2f747c72251d043');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (145, 46, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-11-20"}', '2026-11-30 18:41:51.763013+00', '786c9a8ca955dc886a0b4dbbbe6316cfcd5239d16bcf52a9057b4977d4124d5d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (146, 47, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-23"}', '2026-11-30 18:41:51.763013+00', 'a13069fd2ccab6d126402cfc8a521686ff726915d7b8da7801e70b80d8199964');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (147, 48, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-24"}', '2026-11-30 18:41:51.763013+00', '16ba35130d861432fcc4f805b8c146d11ebbe8ccd78bbedbcd778dd404f602bd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (148, 49, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-25"}', '2026-11-30 18:41:51.763013+00', '5e663833e6e23ad18137f2fc8a14f324d951d97014e8130f01c6a898a555112b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (149, 50, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-25"}', '2026-11-30 18:41:51.763013+00', 'b69c387206cf92896aedf2c83a135c73ca63ea4025776ac59de4ea7024897a2f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (150, 51, 'system', 'escalate', '{"unit": "SAN-BF50", "level": 1, "deadline": "2026-11-25"}', '2026-11-30 18:41:51.763013+00', 'b138a46bbc4a067a9ba2537d9a693562069f98bc497b372e9412934f0d483787');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (151, 60, 'staff:1', 'note', '{"text": "Appelé le directeur."}', '2026-11-30 18:41:52.154479+00', '7750f4bc76e919051983236b4e3a50a9dd8c686f8504cd336cde45608bd713a4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (152, 52, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-26"}', '2026-11-30 18:41:51.763013+00', '47be5eec09dd01af8a67d79fb2726de9f1465c96b06f4227e31d5f3423b7a214');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (153, 53, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-27"}', '2026-11-30 18:41:51.763013+00', 'f41e854b8031a2f04fbfcc4ab33f6608e7bbe905239354638e86ff449af971c2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (154, 61, 'public', 'received', '{"kind": "complaint", "unit": "GEN", "channel": "sms", "category": "GEN-OTHER", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 18:41:52.714174+00', 'bd7058f878bda73c255a4f83c1d193294338739714a0cbe734fc3784708e150d');


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

INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (1, 'P9A676YTBP4', '8882dff1e6e6b57a41aedbba6b3b1b2ffb9dc09b4cd5603220217e531cbdadf3', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x18f311c5e036c1d859af430efb02ebad5003ff7d7d92231c3daa948d66afecb7384feb836551d3cd0deadc5c1adf4b00942fc8aedc464a15ab1264703f9ef889', 'received', NULL, 0, 0, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (2, 'D0C8BYMCREF', 'abce51bc4f125810b3f5f894452079f17f9070ca347acc5c2def02137a29145d', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'accepted', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (3, 'EH3SFWSHFNV', '8e07020a77ca671c6bc4a5f3810f00bf3db4e60e73385939c52b160035a113c4', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\xf3b6f49c4a506bda9ff4bc7226936cd763fe07352f6209668ffd27c0af0cb6eaad31908f3e7d194543ebed5b307201fe00c33d5b39190669746caad65c30cfbb', 'assigned', 5, 0, 2, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (4, 'YM4XEV2B1T7', '3dedc169f1a6ee15234ee5258eb769d399cfa6ba9d8a3f071ad755bc3a76633d', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\xc4faa8a2f41fa52aebf7cc4298df99b41df54111582d11f18d1a50278122c1f52a754721bcb3cfd40bdcbaecb4c0318b0390f1134d3d1677751439ee18639f02', 'in_progress', 4, 0, 3, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (5, 'KKM0Y13KM68', 'dcfcbe756f917568500655747b0df0bfb9f4ccaaedc453ca14a8091a21b6ed80', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x6077b53780ba78b5694b18fb3fa317d4ba36e6401b66bc3ba39cf4a90567a488efc1b875a82a32894251ada90ad3facd67ef6648f45be08925e6f5d67a8e8982', 'answered', 8, 0, 4, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (6, '54NN2MJEDAS', '96e9bf0daf967c6b593d97cb985696d8aef573c0538cc83986c4c263af50b286', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'appealed', 7, 0, 5, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (7, 'BR62JEXZRYV', 'ab424b2ebb25f3b261864856771736771be8e2bd27148fbaeed037698c91c2ca', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\x875e674d32ce8412745de704bbbe5206d1ae3058a4d703d4936ff54a11cee1bdbb4ebadddca8afb7f8d43c8a6f5df6a1adea3a65c018a78b39f6d2dfad4bca5a', 'closed', 7, 0, 5, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (8, 'SVMW4EK63Z2', 'b07c7d85d4bb1e78f9b857bc1793f47a97458ccecbd7e6d162e5541b593a8f2c', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x4ca6f0ad16cad55ee949a91aec103adbcfcd8513b70bacc95cb07ff0a3d418550d2bac73b14b17404636def023e5e10148c81c9362c0eb8f9dc2978de48ac420', 'rejected', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (9, '1SWC8E2W2S4', '1467e8e3a200018e7491daa59bf46c62b10bd2f7cd98b7cfcfa08ec440febc40', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\xed7071a6c1bcc8ef721c802a3e684aa1a4d0eb358e4f91f60b6abe20b74dddb524db47ece9b512ce4947ff9f24ae2ce6fc28aea6ee0fa73c57da1fe2d038d4b0', 'withdrawn', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (10, 'NMYZYKXCBGZ', 'f29017c55645b54ef8954b9236cf8e701a870706360b485247958512dbf2198c', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (11, 'N6XBD97RFH3', 'b090d99ccec820cb8b38d58ad7144105d8bdb2cb2d0b669ea4050bed582f9ac0', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\x867dad1bf91db8daf1776251690cd9fe81bb168047136359c638538fcf9a2f82ffe2955880d270e90a1121cbc86c1e798c7291e2c7e0104b36d0b5534b7368aa', 'accepted', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (12, 'JW5MRSHJAE0', '0adc00ac0f2bce69fabbfa35cc682f6a5a1ed8644b4b6fc104deda86522bd332', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\x4e6e0f3ff96e687c3fc7498991f34044a6dc45a90d86cf4baa661bd7a57f533087f4e051de7262ca6bc6c1037d2867b37eb7680a7bd45f61525a8efdef4e8a2e', 'assigned', 11, 0, 2, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (13, 'SJ2KT12KZ2H', '48b8ed96fcf6342a2e2fc089677f30e3b5e060d49315ed1f0e51f83f7885a6f2', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x133430f36ecf88d7bb5a4b81ae61bd979bf3a49ef4ac9ed1b84e10716a522d29656de42e5fa34dc82aab1d6b9783ffb64482d4d0af24be8262b66f90fc59ca8f', 'in_progress', 5, 0, 3, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (14, 'SA2NM12N1HZ', '555f7c78c74cc605ff0a903fe944df648547ce8d01f5ea096877a28693338c70', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'answered', 6, 0, 4, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (15, '2P39P7T639X', '0466995d702b027394f1840bd176dc1c550832bd59b3bb6489572c7ddd81e4e5', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x0bebff71314ff075403632ca438b23f40ae09d1476eaa01e4f487f2abb234048a3ab3b84860ae48d2bb70bb9eb63313e4ab7f1a26025e829e72a2b0e82f56990', 'appealed', 5, 0, 5, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (16, '6NQ3DPCYN8A', 'a2eb2f48cec71b7a92176833113ef1e28baa8efc63f9d779bb7ac2c6a590cb79', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\x6509771a4655154aea099b8feeb9bf2b1777803423b66f96ddaf4a25c9eecb3cc0cdf690049d9d8945178cbb3390d610114b9855247ed234a8e4c28a54e42373', 'closed', 4, 0, 5, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (17, 'HZ3SAXC7PY8', '82a53e4e88abbf8a1a4c368808f94b4e89d299d9b98fbb14b6c6a69079c494b1', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\xce34f02494c66ccc6033a8c9daf328d47595aaa71ee0e6f8e9d6b87ae8977d04141c5a14adbcd4d35881b5cf8d702507c486615432662fe879815fdb36bfddfe', 'rejected', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (18, 'H5ED36K46AS', '58f435748b24436783976e1aa00aa14803dbd6eecdce1b393922aae56681dca3', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'withdrawn', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (19, 'X34FMJ5QG4P', '1a37151c92fb7aabbd5cb57f3f6d265cd6049514cc3168b28d6a9573c4ad7855', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\xf1d0a453c68edb6644e5fa6cbc1ba7b83ef68d05fbc133affb1c0367e30297ed4478a11998d1b072bafd5807a10b9f50931ba06d73e5be40ea0f6a44377f7c02', 'received', NULL, 0, 0, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (20, 'J34XVJW3M67', '15842b1891cbb020f18659109f9ada0e92c17ee87e1a3bba13376490bce30345', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x798acf7902e3df30cdc82fe366701ecd2e8cd91d79a1c475a43e1713fd8c930492e2bd225a63cdad7d74cb1d6bce631f07ed2e1c0d8b274613165ba3d4651dba', 'accepted', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (21, 'XZXRTM3QP8V', 'd05ad7a4fbd859426c01c517576fc13422aeae00c4867bb020a1e8da92ad9841', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\xb2eea37721b9a7a7eda60588c221e20fa2e6edaf02d6c205fee99003c91b613fb7d5a1d68c71b789395b1034db334e583abab2a42cc4b14bbf83f961bdb339dc', 'assigned', 10, 0, 2, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (22, 'E401PAFRAFP', '0ac56ae65973a9f07c588c27d05da40ffcc950a4d6959ac16f26573f28effe6a', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'in_progress', 9, 0, 3, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (23, '51QH8A7ESMY', '0215bb82cb6e1a28829a33072ce20b1d53e37883e70c476927b24917788eca06', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\xdc633c63db85f46427e3a328e149ecd55027b54d998f67fb56605f0ff96995f5fa32398bf01a8c4b7596ed510b93077e8b4aacc8bf6fea2e759fd8d3d9a100e7', 'answered', 11, 0, 4, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (24, 'FSC6716GSHT', '6e44499255312a8dad7fb1b7faf9c9c9c792379d9a54fab386ed865d6a6a1adb', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\x24820a0ccf9c4985f12e38d4dd1bb37836d3a21fbb53f33e56c3d2ea637a419d222d3409d4ab3b94f042ecd6d8f962fc5cb819b614ffaed159592d0487d4b023', 'appealed', 11, 0, 5, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (25, 'EMNPGXG12K1', '0efbdd3bcbe4febfc64724d10459ea0551c541084faeacb934ae4b5656dd8238', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x51801f9c9cfc4feb2718cd4a70fdec21e4a5809dda2ac1cec8a2fcf3e2f20f8bb1078ab9c38bc1e1e350838f539f5420c65b961fd4797c5dea35266e251a2391', 'closed', 5, 0, 5, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (26, '06GHWZY4987', '2996626a894f6dfb698fa336bec734effefaea8af92fa68136badc8b06de5539', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'rejected', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', '2026-11-30 18:41:49.314561+00', NULL, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (27, 'ZCRBHJZ5GTQ', '3d2470cc8c8bd3b4741fb5d2d948eb1ad9f42de0ed77a89dc83d1e2295ccbb1b', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x2eed88c4675f5dff137f70985d8b25ae0719959c1f7ac7682803330aa1d1090ebabfc78f065ebc1e2c1a9b17c01eef24b07cddfe05649f75d49aa6121ebb251a', 'withdrawn', NULL, 0, 1, '2026-11-30 18:41:49.314561+00', '2026-11-30 18:41:49.314561+00', '2026-12-03', '2026-12-10', NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (30, 'J6QSN5J245N', '057392e1e009f101c0d2cdd4cd8cddd699e2bbedbb76140d98b94a74d02034d4', 'complaint', 'phone', 'fr', 'SAN-FEES', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'On m''a fait payer un carnet de santé qui devrait être gratuit.', false, NULL, 'received', NULL, 1, 1, '2026-10-21 16:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-10-26', '2026-11-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (31, 'WTNATYWGD6S', 'ec8be3a0dd01fc0da657b65b8a124f8e63f14e259fb965f0b7dd56543560ba4c', 'complaint', 'web', 'dyu', 'JUS-DELAY', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.', true, NULL, 'received', NULL, 1, 1, '2026-10-24 15:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-10-28', '2026-11-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (32, 'JQQN97YB7DH', '1e51cf7edd86d60a3c19a4c47d80eb2e065688a90d2b2fce5b43fdab97097549', 'complaint', 'ussd', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.', false, NULL, 'received', NULL, 1, 1, '2026-10-28 14:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-02', '2026-11-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (33, 'SW46SMCVYNG', '51f55cc2a8035edab75f0570e527a3a1166d2ec113297d9d70814332fbe4ea43', 'complaint', 'web', 'mos', 'EDU-ABSENCE', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'L''enseignant de CE2 est absent depuis trois semaines.', false, NULL, 'received', NULL, 1, 1, '2026-10-31 13:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-04', '2026-11-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (34, '8TTCQXN6GRX', 'ed092475dfb70b32dbe487736f13bbd0c8d4c6feeb8ab3b56438f07a3f5ab876', 'complaint', 'sms', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'L''accueil a été très désagréable avec une femme enceinte.', true, NULL, 'received', NULL, 1, 1, '2026-11-04 12:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-09', '2026-11-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (35, '8SS36EY6NJ0', 'c54ad2198b0443dbb16d28ce1aaf99c57100e4c6993ac6a07c9430373f3e00e9', 'complaint', 'walk_in', 'dyu', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'J''attends mon attestation de travail depuis cinq mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-07 18:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-11', '2026-11-17', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (36, 'SDGBYR8C0V1', '59338afc723ff30c6e84fb63952e6bb4ce0be8bff5eb464dae145d9f67c0a6e6', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-10 17:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (37, 'EM9D4A77XB6', '1d49b7384a3bc8f08b6a152726653b6048c34a33c6b79d6c6d3f68d033edf733', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école demande 3000 F de frais de table-bancs à chaque élève.', true, NULL, 'received', NULL, 1, 1, '2026-11-10 16:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-TANGHIN-A');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (38, '87NMYZDPPRE', '239fc89da62d84cf9e4e9dd399ed8057d3243ced06dd43fb97464985eaf10e23', 'complaint', 'sms', 'fr', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.', false, NULL, 'received', NULL, 1, 1, '2026-11-11 15:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-16', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (39, 'K3H2SX7RHNA', 'e8093b1fbae9c1f7da6d2a13291cf802342c7f7f39b4c5207273304a76280ae3', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130006', NULL, NULL, NULL, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.', false, NULL, 'received', NULL, 1, 1, '2026-11-12 14:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-WEND-KUUNI');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (40, '8WZFMYD14W5', 'fc269b7646ac1a2c2ecf791514a92443d86fa60eb51ff4bf84a693e383c19e1d', 'complaint', 'ussd', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'La cantine n''a pas fonctionné depuis la rentrée.', true, NULL, 'received', NULL, 1, 1, '2026-11-12 13:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (41, 'F3S0EDA0WZ5', '3b5fc214ef98004bda5d467c477e07d2d1b75e3f73cb3cc89e3c7c72305949fc', 'complaint', 'web', 'mos', 'JUS-DOCS', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'On me demande de l''argent pour délivrer un certificat de nationalité.', false, NULL, 'received', NULL, 1, 1, '2026-11-13 12:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-18', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-OUAGADOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (42, 'A4VG7SZQBE3', '66bff6884d5389843f11ff11bf6a7516789e166dcb260855d28dfb5cf39a02a4', 'complaint', 'phone', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le major du CSPS est absent tous les vendredis.', false, NULL, 'received', NULL, 1, 1, '2026-11-14 18:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-18', '2026-11-24', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (43, '72B0FZQ5966', '21e18bdd06162b2c41c7839e134f03891cbdf15bab68973b8d32b00402c2a577', 'complaint', 'web', 'dyu', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Attente de toute une journée pour une échographie.', true, NULL, 'received', NULL, 1, 1, '2026-11-15 17:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CMA-DO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (44, '34P0ZDAJYT4', '791fc714b244e21c227ecfc1d54d14c655957c406e5073b3b094f53c721158d6', 'complaint', 'web', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Un agent a insulté ma mère à l''accueil du centre.', false, NULL, 'received', NULL, 1, 1, '2026-11-15 16:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (45, 'N8QGPB08Y9Q', '144207a2b3a251eced0aecd06f57664c49b88b10e793a114c5c2638b99d1edca', 'complaint', 'sms', 'mos', 'FP-CAREER', 'FP-BF49', 'BF490304', NULL, NULL, NULL, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.', false, NULL, 'received', NULL, 1, 1, '2026-11-16 15:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-19', '2026-11-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (54, 'EE9HM7TBBJ8', '928c1dd92abecb8b4c897a4bc1727ef0e177676f9272855eb99716c8f0211a10', 'complaint', 'phone', 'fr', 'JUS-DELAY', 'JUS-BF49', 'BF490304', NULL, NULL, NULL, 'Mon jugement n''est pas rédigé un an après l''audience.', false, NULL, 'received', NULL, 0, 0, '2026-11-25 13:41:49.314561+00', '2026-11-25 13:41:49.314561+00', '2026-11-30', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (55, '1EPB1FA0P88', '4acd69b714afb3ff58e4136b95f726168ca2ccd33c3eb81467d66cbdaa790d00', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Le vaccin contre la rougeole manque depuis deux semaines.', true, NULL, 'received', NULL, 0, 0, '2026-11-26 12:41:49.314561+00', '2026-11-26 12:41:49.314561+00', '2026-12-01', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (56, 'RE11XT7N2CB', '1f9c51b5fc84adbd8a658d0a0a10fa4e623f841707cd706588c8cbf70ec5719e', 'complaint', 'web', 'fr', 'JUS-FILES', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier a été perdu par le greffe.', false, NULL, 'received', NULL, 0, 0, '2026-11-27 18:41:49.314561+00', '2026-11-27 18:41:49.314561+00', '2026-12-02', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-BOBO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (57, 'DYSRAP9TFJ3', '2a409f1c1e88ab69451af8ff49b24d1c90c75df6066ae0590e4dd9a4e526b967', 'complaint', 'ussd', 'mos', 'SAN-WAIT', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Attente de cinq heures pour un vaccin.', false, NULL, 'received', NULL, 0, 0, '2026-11-28 17:41:49.314561+00', '2026-11-28 17:41:49.314561+00', '2026-12-02', '2026-12-08', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (58, '7HSPZDG943B', '0f0a98d33e753c6a9f0b84a3bbc465562b4871d26f79d206c193c62860e2ba5e', 'complaint', 'web', 'fr', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un acte d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-11-29 16:41:49.314561+00', '2026-11-29 16:41:49.314561+00', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'DRFP-GUIRIKO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (28, 'QNVD475N6Z2', 'c798a1d8b6c90ed16341d8bd6bde2940e11d9508af7263fe95004a6ccd49bef1', 'complaint', 'web', 'fr', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Attente de plus de six heures aux urgences sans être reçu.', true, NULL, 'received', NULL, 1, 1, '2026-10-14 18:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-10-19', '2026-10-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (29, 'X8BHVXET9QM', 'aede5a45a523c7fa23f656f84a4613ff8de5f5ad38d8f456de350fea2d58fcf5', 'complaint', 'sms', 'mos', 'EDU-FEES', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.', false, NULL, 'received', NULL, 1, 1, '2026-10-17 17:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-10-21', '2026-10-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (59, 'GYE796Q1GR8', '37ea9b5181890d99fa033d636228ffd7ffe003a15e684a3b3f7db7281c510a16', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', false, '\x2c89cd584e5191b2f47c2d2500aafd8bd581b0abd17bf9109bf347d12c5e8f9e440ab638e5cdebaeb458f714a07f17dd270e1f931b07d2eb49ed6bfa4b714ee3ea61495540ff17c96dcdc5ba5c22988cb8c6b636e726c501', 'received', NULL, 0, 0, '2026-11-30 18:41:51.989817+00', '2026-11-30 18:41:51.989817+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (46, 'KF831KKVPV2', '1f25a7fb453d59d95bc32622ec0e01f0457759e5a761546ddec524e724bddada', 'complaint', 'web', 'fr', 'EDU-EXAMS', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'Des notes du BEPC blanc ont été vendues à certains élèves.', true, NULL, 'received', NULL, 1, 1, '2026-11-17 14:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-20', '2026-11-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'LYCEE-OUEZZIN');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (47, '27DZV2PN5V8', 'a270442dde8daf09efeb12fe7f644feb099c3f7eaabb8186306e83bb3152133e', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'On m''a demandé de payer les gants et la seringue à la maternité.', false, NULL, 'received', NULL, 1, 1, '2026-11-18 13:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-23', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (48, 'QCZSDCRJ6CZ', 'c217b962ca089fb2a1a2eecec6e81577b9dd1c66dc3c4abb09fcf52be11df55c', 'complaint', 'web', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130002', NULL, NULL, NULL, 'Les vivres de la cantine sont vendus au marché par le gérant.', false, NULL, 'received', NULL, 1, 1, '2026-11-19 12:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-24', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KOMSILGA-CENTRE');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (49, '1BHAVDTS9FV', 'fbb7971f4a254e8fb86f4c8b6f3ec3154b85f7c71e45986da514f5c39f062093', 'complaint', 'ussd', 'mos', 'SAN-FREECARE', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.', true, NULL, 'received', NULL, 1, 1, '2026-11-20 18:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-25', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (50, 'KRNBDGK3FQC', '251fd55ab6049c396a1c461be2129aef8acf4416fa03c121b09fa3ab84f12506', 'complaint', 'web', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le centre est resté fermé deux jours sans explication.', false, NULL, 'received', NULL, 1, 1, '2026-11-21 17:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-25', '2026-12-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-KAYA-5');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (51, '6YNYXVADJKT', '3425285e6cd6d885f999c940e6b49219abedf7ad0020fbfa689aef33bfdc2460', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF50', 'BF500105', NULL, NULL, NULL, 'On fait payer les pansements aux malades hospitalisés.', false, NULL, 'received', NULL, 1, 1, '2026-11-22 16:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-25', '2026-12-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CHR-KOUDOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (60, 'HZ5KNTX9CNM', 'c4f5d3f15bfd60e0b049c8982c6ef2642908949381c38779dab9b41ebe7b4d14', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', false, '\x716165c215ec2ea4343853f44b7e9470afa7f2d02c24dc6fe0e8c96bb9496177971254eb44d5c1ed1147924801266720e6101d73b2782331d9f0635995023c1e36bfb1801a362baed824348fab47fc6aa760751b1df5a49c97', 'received', NULL, 0, 1, '2026-11-30 18:41:52.090706+00', '2026-11-30 18:41:52.154479+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (52, 'PW7SW0WW59F', '8f49f647de8f2fd0a005b7c42bc823aadcb76c1983aca13fb4fc21ec0552d62f', 'complaint', 'sms', 'fr', 'EDU-ABSENCE', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Deux enseignants de l''école sont absents depuis la fête.', true, NULL, 'received', NULL, 1, 1, '2026-11-23 15:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-26', '2026-12-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (53, '27JNY8AA53W', '7486f0a0a079c540ee51137046fe5cc724156cc881837c886b6fda19508de766', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'Le directeur exige une cotisation pour la fête de fin d''année.', false, NULL, 'received', NULL, 1, 1, '2026-11-24 14:41:49.314561+00', '2026-11-30 18:41:51.763013+00', '2026-11-27', '2026-12-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KAYA-B');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (61, 'KBWF1RJXTQN', '6a2420d90da255b9e5d6df34cb6746d4718aad64440faa26761d8ccdfb93c6b3', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', false, '\xc757e0d35c3b9f7be77f183262cc2123f5d2c79cfb75592a9f9b108b4b7b140ddba4427c47e99654513cd7c0f0cdc2406d6fd6f20474dcc981b3995da96182a7', 'received', NULL, 0, 0, '2026-11-30 18:41:52.714174+00', '2026-11-30 18:41:52.714174+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, '745ba8d171dbf26fe87638dc107fcbe0310aaf9bf82f6698c948f945c78d84d0', NULL, NULL, NULL);


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

INSERT INTO public.guide_versions (id, category_code, version, procedure, templates, created_by, created_at) VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-11-30 18:41:52.617473+00');


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

INSERT INTO public.inbound_messages (id, channel, gateway_id, sender_key, received_at, limited, reply) VALUES (1, 'sms', 'fixture-v23', '745ba8d171dbf26fe87638dc107fcbe0310aaf9bf82f6698c948f945c78d84d0', '2026-11-30 18:41:52.714174+00', false, '\xc9655db7bd8b6c5ba06075fa60c0966a09695c06d2b498dfe22c1829a6de82827481ffb6732d79e7a9de92bf4420b87274192b62a85078387ad0a4c29d51b913d4d2396b1b6367f8f69c9f3d7fcf56ce42b873f74ad414ef9da33d204e5321b5dc44e48eed60d3660e74d6c6aa73e346a3b3d63539ff9d3b13c96f739ca0750ac1d72d873528df19bc270a2a9c8db0a44417377271ee364e0d69281e9eea0530eb4c8d88aea567f4cc1ed4706556e0e9c8fd90fcfd35fc77427c0a8465e3e4f0dea6');


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

INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('web:337adeb91c745bcdf6565ecab9303da0:aa135f2c219e7eaa', 59, '\x7823717e8a081cbbb5755961c1c2a7338dddaa6ed5e9528d3871525b8bc8a71e8ae04b76ba1a1a199af98d81ababff58', '2026-11-30 18:41:51.989817+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('api:staff1:fixture-v23-1:56874d94594a999763fbea2978c3fe0f', 60, '\x51ee1e13f2592b6779b0771ff7798c652711839cc0b93f67961e0025a50aab03909ab327c76ccfef4398f62fec1a941d', '2026-11-30 18:41:52.090706+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('sms:fixture-v23', 61, '\x684447a1b14941ba25babd4cdf76d3263f02ca275506d0dfd28130696e759be55d8c329cd5f3c77d1c2cb4360ef8db27', '2026-11-30 18:41:52.714174+00');


--
-- Data for Name: key_rotation; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (1, 1, 'sms', '\x9c95de0798d28aa5909bd71a957f79a03b1272490231c5257729a415c5234df12903cb3fe6f590086c8ab46355724861a0dd1792', 'fr', 'receipt', '{"code": "P9A6-76YT-BP4", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (2, 3, 'sms', '\xdd63fac9ee53db52a96f3f83e0332489670f6cbb63b1d98d22aa7d1cb7b9cd3dac747ae05c635e5328830099c6caa734a28a6dc0', 'dyu', 'receipt', '{"code": "EH3S-FWSH-FNV", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (3, 3, 'sms', '\xb28f94351fb0398f5759f20a409e85a07785a5f495b73a5c6038fa1df618a90fbce1690919729a30b36239cb1018ecec7ba7bf52', 'dyu', 'accepted', '{"code": "EH3S-FWSH-FNV", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (4, 3, 'email', '\x8994b29ddfbfccf13826f7716e92b36e263d544d27677c3ed12f548b3f1437999791bd8e51d21ef26389785fa10b2cbcd30f4e7ce08aa08bb2e7fd5f4c6936b7de37a272fb2b46dfe7fb6d', 'fr', 'assigned', '{"code": "EH3S-FWSH-FNV", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (5, 4, 'sms', '\xd5a8aca6d5b55d1cc25cce5b950e2247b8985e1851064c7b5ceccff3f9cf833c1ae89f9dbc57dde7c945a21f56fb8ef4c0da75de', 'fr', 'receipt', '{"code": "YM4X-EV2B-1T7", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (6, 4, 'sms', '\x4771c7b3b72606d0347f445c746b65d2a20275253cddd654c94b79a8a9d44f0cae01a512fe5a2e49daa7b43fdbfb49a617228658', 'fr', 'accepted', '{"code": "YM4X-EV2B-1T7", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (7, 4, 'email', '\xf9ebe062a23469e964d840209d70d18cba2ecd17976095703adf2ed5fac2cf20a8d8385cfe3ce0c163792f7dd0a7cd67feee55e7f2998e90dddd891f074738702206a187fdd9bfdf21', 'fr', 'assigned', '{"code": "YM4X-EV2B-1T7", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (8, 5, 'sms', '\xb6b1c0845a9a89a02a7f2c321186a51a19b148f55409906e4d6532da60d0cfec6611029a8908143bf480af0c165685da788c66f1', 'en', 'receipt', '{"code": "KKM0-Y13K-M68", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (9, 5, 'sms', '\x994e2b14eaa229f087261c6ac19142e6328f534946bf880e83d96178b83e71dc1eaf61b428dd8a22291284065ed297aa331839fa', 'en', 'accepted', '{"code": "KKM0-Y13K-M68", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (10, 5, 'email', '\xb31dd8126ca0cfea960202430d5120d550325ddb1a2008c6c6786cc6bfff9765014e770e85e6fb35bea835c8e832b6b354d11a164e4ad2d71e5cbe1731f2ecaa993c977b1bf63916f959e5cd82a7c3', 'fr', 'assigned', '{"code": "KKM0-Y13K-M68", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (11, 5, 'sms', '\x413858ff794c18989fce07132febe359caa7307841cac41ef356ba8e7a8e3d8784893ac38e0d617b62db2c4bbf864bd061b415c4', 'en', 'answered', '{"code": "KKM0-Y13K-M68", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (12, 6, 'email', '\x6ea83fd054b4c39fe6c9797edb70aee9b7de71c396252ca55794e63dad415774dd2692c396f6c93cb0f61182fcd3b95cc56816c16bcfdfc7aec82b14bac6a9e3c2b5c93ed87de576769b81d244', 'fr', 'assigned', '{"code": "54NN-2MJE-DAS", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (13, 7, 'sms', '\x0e21c82872e9af42c1666072707ff81d49f11584f83f1d2c22868bf97c9c0a0074e8ec8d6d220bf7a4be19bcc9e07a1c0f945275', 'mos', 'receipt', '{"code": "BR62-JEXZ-RYV", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (14, 7, 'sms', '\xde16dc207e32698b80bc89cba44ec26578b1082d9ba118daf16f9d611a2ada99a39123ed1bd3ab119a8ee438f28102aeaa794735', 'mos', 'accepted', '{"code": "BR62-JEXZ-RYV", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (15, 7, 'email', '\xc42e5a61a21d0ed268e14b092e7f0a84dd871f722637145583ee1887a2cd7b45235c07ef6a993efcd1a24dd0b274cdd074463690fed70bbe0c67d4b7617b5e2e699bf4e9a51ebcab9023345ffd', 'fr', 'assigned', '{"code": "BR62-JEXZ-RYV", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (16, 7, 'sms', '\xf1d082bc23d4928adcd1b36379836aeb9a75a9a95955995611550580582ac8e691c12cc112ef1173a4b7d43aaaa46f3dd68925f7', 'mos', 'answered', '{"code": "BR62-JEXZ-RYV", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-CANTEEN", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (17, 8, 'sms', '\x44c175890fbd0a37e4458c89c4187de498a579ef3808dac2c2661e3699e6465c8554f6a4a2d42325854edae04a1b51eb8c3d4051', 'dyu', 'receipt', '{"code": "SVMW-4EK6-3Z2", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (18, 8, 'sms', '\xd59371f5ac1b37d11be95c4c6e91370df575cde18a85b68304bb0c10961bba4ae67e92f54e60ad9c6f5aae5d6dc67451c893af63', 'dyu', 'rejected', '{"code": "SVMW-4EK6-3Z2", "answer": "10/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-EXAMS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (19, 9, 'sms', '\xec2c7800e371e6f67c71168ccc73ae9de5d3dabd748ecfc46286ad22660f95254533a3125fdb2d7688ea58eac0330bc05a8712ab', 'fr', 'receipt', '{"code": "1SWC-8E2W-2S4", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (20, 11, 'sms', '\x3d897c53f8a297d98d2e220f4845d23dce0fd5796d36c218e8a2fe8366ac59a60226b46f1f1c96cca144a1acc0e46e9112c5fe17', 'fr', 'receipt', '{"code": "N6XB-D97R-FH3", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (21, 11, 'sms', '\x01516a025374a1eaca7433a6e17d0e54acf904e5e6254972f44f7272c99290a01ac3fa12b5fc3e6db7f7f421745e0be1d4dd6c37', 'fr', 'accepted', '{"code": "N6XB-D97R-FH3", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (22, 12, 'sms', '\x916000ac012f674f8448bcd210bc37238f5b850d4611f4a8e070e5557333e752dcbbb7538eb9353ef38347e06a9770ef0bbc6bb7', 'mos', 'receipt', '{"code": "JW5M-RSHJ-AE0", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (23, 12, 'sms', '\x59653b25152ed31abdb6ca5b5f05cc598c09be8cee474353f2bd5e3be2882b0eae3dca302b14c4bd2a1cd1355ae98455e4c9281e', 'mos', 'accepted', '{"code": "JW5M-RSHJ-AE0", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (24, 12, 'email', '\xdaefc80c07f1d42954ffad35e28c53994549593021d7e054fb3f4976a93fff06e45cc56a6986bc06aa2c89b9408b92b94487a078092bd93a66ffd6605f516679ad7d7e294ab34cc5b84a1f', 'fr', 'assigned', '{"code": "JW5M-RSHJ-AE0", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (25, 13, 'sms', '\xa7ea732cfe697fcb93399925e7974d5d6bf39a9b5364c93d675ee951f03b87d976fa33d378d7b9d901a5e2debbb4d9d2d9c8f31d', 'dyu', 'receipt', '{"code": "SJ2K-T12K-Z2H", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (26, 13, 'sms', '\x8b36d4ff44c98bad7b18852c7a6614cdefc974f621389dd8a059e4d5e3327f5f0986bc0dccd625e93610592b28d2a676c086393c', 'dyu', 'accepted', '{"code": "SJ2K-T12K-Z2H", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (27, 13, 'email', '\xf1049905d3058a3017acd7af312313b976217c698aca65dbf83d9e89847811e64348c910e4823a8a5cb515458e417d930821ca3a3fbf355f084c98b08f4228750e8e6eeb0e7ddb999ff05a', 'fr', 'assigned', '{"code": "SJ2K-T12K-Z2H", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (28, 14, 'email', '\xb325a6085bb27a2b1857780469eb6b338681e21d59173b7b0649921941256e706a5f54d455b8c47ee6ecf8f62c6a107f2dea24994f6bc7b9bee4ccbcec0b51a9b5cad4daa14d60adbb0f80', 'fr', 'assigned', '{"code": "SA2N-M12N-1HZ", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-STOCKOUT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (29, 15, 'sms', '\x65e6476bab0f84b9cf7fae81f300060315e58b82df987bd1f23ad541881394fc11c98be0fd8ea8bd5f279ca91d4b2f15241bee79', 'en', 'receipt', '{"code": "2P39-P7T6-39X", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (30, 15, 'sms', '\xacc64ebfdb28b8e8b2c3f6a04c14e37254d4d8799fda260ea4072ac10db85b3f654305f2001023f85615381208c327de3c04e4f5', 'en', 'accepted', '{"code": "2P39-P7T6-39X", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (31, 15, 'email', '\x5a72721e02ca18a47a007c2a4c9aa43ac1e9f1e1e45ed52391c203d8af870a8791fe2ade37f3caa8498c0cba112a113a0dd25c68151fc0cdb8ca020bea89b85b0239e9645f9b1af5cdf262', 'fr', 'assigned', '{"code": "2P39-P7T6-39X", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (32, 15, 'sms', '\x373459ac2b6c03256618ab5d6740318be8f6467d0012b551d90864091b8bd4303fb806340c3291d3bb87a313f409f7adaea72cdc', 'en', 'answered', '{"code": "2P39-P7T6-39X", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-WAIT", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (33, 16, 'sms', '\xc3b72c2b1ac2a750f6e89a256c68a78e22b8fce44bb8f9aa4725883e26e3e3236e8055849e0dbc19883e513e901936c476c2a52a', 'fr', 'receipt', '{"code": "6NQ3-DPCY-N8A", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (34, 16, 'sms', '\x73e9e3d19a61d9f0bf52dde012a0c37029dcf12df8309030a293ba0604b8cceb870726538ebc9428102da8af356a069d62fce106', 'fr', 'accepted', '{"code": "6NQ3-DPCY-N8A", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (35, 16, 'email', '\x1f821fd3c176c63c287d89dd5785cfb97b29002cfce444c1ed9370804e69792699fe0addae3963dc6f76ff8559723517f7e23c236e05c23049a30b69948734ba6a38f3f3274f019b9b', 'fr', 'assigned', '{"code": "6NQ3-DPCY-N8A", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (36, 16, 'sms', '\x2efde7e579f1f8305ab5924b459dae78614e9a551c61dea4be95ddcf90c8ffb6536199354d651e168f0959c4988cf9fc921b37b9', 'fr', 'answered', '{"code": "6NQ3-DPCY-N8A", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-ABSENCE", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (37, 17, 'sms', '\x96f365e9cb22856626ddb987404326a8945f0c62c3d966805550ec60704e2f79bd0eccdcdae45d22443b4641694f26c358ffce54', 'mos', 'receipt', '{"code": "HZ3S-AXC7-PY8", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (38, 17, 'sms', '\xed16cb8f0135a27d4e2143a6ae0fb3be53233e88ef195b7f29c2fa2bc651d983857e9b665a0d56b4c08869f9edcbbc0950db9259', 'mos', 'rejected', '{"code": "HZ3S-AXC7-PY8", "answer": "10/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (39, 19, 'sms', '\x15e57142475a69fa4540d87b550ab4903bec2ace410e9ee66174c8008956f09f32b42f1987db8ac76de9078cd6d9b0bd59b80c8e', 'fr', 'receipt', '{"code": "X34F-MJ5Q-G4P", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (40, 20, 'sms', '\xcfb7407063b98ee7cf5c7b7611044881deed754a632eba947a4c19a140518d4d6c142d0a02fe09f21d2d06e346a06124421f84c2', 'en', 'receipt', '{"code": "J34X-VJW3-M67", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (41, 20, 'sms', '\x4259663993cdbc1d05541f5ebbb7f124b6a604caafc43662a064ee3da6d9a168b5580dcaf1fbe59bef4a5b68e65170a391f23fd7', 'en', 'accepted', '{"code": "J34X-VJW3-M67", "answer": "10/12/2026", "reason": "", "message": "", "category": "EDU-EXAMS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (42, 21, 'sms', '\x90ba88e4779fa91b7270618559c2ab640f70706b6035d7b019d4546cd6eec29f2c48b24f911ae016b1798cb6ebf97e3fe4887fb8', 'fr', 'receipt', '{"code": "XZXR-TM3Q-P8V", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (43, 21, 'sms', '\xcc32edbbed4e8469256dab417aead952466171bcdb5cf3f7f61d3f2f1e24bc532d16d345d6c3133e38eb7c36f0e14dbc85765e22', 'fr', 'accepted', '{"code": "XZXR-TM3Q-P8V", "answer": "10/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (44, 21, 'email', '\x524e0c15e1579d6d66a7ce8a4a3e0e86f66703426fcec264ed79fcbc18bd3f76f193e8b15704c9136ea5a9dab080bad99712f22f71835b20c12bf1072c9de05231a28815c501d11a', 'fr', 'assigned', '{"code": "XZXR-TM3Q-P8V", "answer": "10/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (45, 22, 'email', '\x32df2b870bc8d44ab980664dbd1a1778be86979e6cff8a70c4524da52d92d6ff50c24386abdc2b7ef01f7e49df91346e1f1ffe920877bdcfc65d3e4612f461b093c3ba128388', 'fr', 'assigned', '{"code": "E401-PAFR-AFP", "answer": "10/12/2026", "reason": "", "message": "", "category": "FP-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (46, 23, 'sms', '\xa00e545d51d7e6d255b27d9cbf327aa246f4e7c42ea5782fa1f2f5ed5faeddf6aac730a930e33a94d70057fd83db07befb7c9a24', 'dyu', 'receipt', '{"code": "51QH-8A7E-SMY", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (47, 23, 'sms', '\x2884ae52bc434afa94e59d49d5d41929fffc2512af69734fd0aa91400087ec291b5cf6be51654123204728e0781cf81f5a4791a7', 'dyu', 'accepted', '{"code": "51QH-8A7E-SMY", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (48, 23, 'email', '\x7f983c9cef07226bcfe2772a90ea61fc6768949485132b6717f9fec6054fc61bb2b3103a35075e1991130ec3e7b6dc1881a6bf2783a1e63e84856a30659bf19439b1910552ff56a2a0cb62', 'fr', 'assigned', '{"code": "51QH-8A7E-SMY", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (49, 23, 'sms', '\x01c565d390e276ee96046318a5e6cae66abeeb543ef6d65c40abeca8b6036b7f35b6db39a798403614f769c9560b4b68d5cc0fdc', 'dyu', 'answered', '{"code": "51QH-8A7E-SMY", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DELAY", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (50, 24, 'sms', '\x2dc1a2411bd4ec10bfb4552a207af28f607cc950f566fa602cba2b512f2955cc1293c35fec368a761f5148b0fd6a67e97cefbaca', 'fr', 'receipt', '{"code": "FSC6-716G-SHT", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (51, 24, 'sms', '\xe8321875265f9fc0744b27a457a90970a552c1b6a1e9dc3cf24fe61b3fb2fb55f2aaafc954e2a0f084c4ab6c0f4a51af2d3f4de6', 'fr', 'accepted', '{"code": "FSC6-716G-SHT", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (52, 24, 'email', '\xa2033385641dea001d27ae8cc94fb0226b0694eef7037f1b8d9ccb22ff10c3998b48de59f5b435fb68417d3cd859d35493b662b7082e6acce8aae2ba15b63e23bed0aed95f2afc3361d574', 'fr', 'assigned', '{"code": "FSC6-716G-SHT", "answer": "10/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (53, 24, 'sms', '\x6aa8a5738a4b193955a32fd8c92f1dac548c42722a2b14af7c0f4050a2d004a5e9f698a14af7e60f5646bdd79f577c5d02870efb', 'fr', 'answered', '{"code": "FSC6-716G-SHT", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DOCS", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (54, 25, 'sms', '\xff66906a898a7299f077489faf876fadbde7bb8c66de075602c3446263edadd734019d06ad98c11b47d259f10e67302afd7bf2b7', 'en', 'receipt', '{"code": "EMNP-GXG1-2K1", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (55, 25, 'sms', '\xbc017c88b70b56f119073143eb887f4b289ef2089a513d7f85fc9c5e70b1510107684fc4d51fe3ed04ee76f069ab31f1bd8d400e', 'en', 'accepted', '{"code": "EMNP-GXG1-2K1", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (56, 25, 'email', '\xdf2194ba0b336f80c607e254810e3b94ec959ab19c779fea349b7e555759dea100056f6a490d5b2842f8aaaa5baa7f4fb0b0f5a7c209f8c57fbe7e5e3e101814e1ce5007f593db3f15eb0f', 'fr', 'assigned', '{"code": "EMNP-GXG1-2K1", "answer": "10/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (57, 25, 'sms', '\x628cbdbb6df9b77729d734c8fcc1cc715368be7e7be3ced29613a599fbd34025ca5c4ae1e8442b447ab4b459a3bc6faa01f137bb', 'en', 'answered', '{"code": "EMNP-GXG1-2K1", "answer": "10/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-FEES", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (58, 27, 'sms', '\xbd9bb2ae7dd04a3fd329c2a55d2f22b1b99681cf7eca74972da6deaa21ebe994e64971b1115a245f6acc3fd18f5ba792fc0af1b3', 'mos', 'receipt', '{"code": "ZCRB-HJZ5-GTQ", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:49.314561+00', NULL, NULL, NULL, '2026-11-30 18:41:49.314561+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (59, 59, 'sms', '\x4bd2eb0d9bac54ca2cf9c9ad044283446dd9f800c571b3373181e3e849489151c04715546ed4aa12a0182cb7f76352c09d5905c5', 'fr', 'receipt', '{"code": "GYE7-96Q1-GR8", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:51.989817+00', NULL, NULL, NULL, '2026-11-30 18:41:51.989817+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (60, 60, 'email', '\xae2308a417ad1a93ba8379276ec10176231132006535e0585ce259ddbf537dc22cd7c1cd3ee4ea56f6c624687a3e82b19984d40a1f0a67', 'fr', 'receipt', '{"code": "HZ5K-NTX9-CNM", "answer": "10/12/2026", "acknowledge": "03/12/2026"}', 'pending', 0, '2026-11-30 18:41:52.090706+00', NULL, NULL, NULL, '2026-11-30 18:41:52.090706+00', NULL);


--
-- Data for Name: phone_senders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phone_senders (sender_key, language, stopped, pending_code, pending_step, pending_department, pending_until, updated_at) VALUES ('745ba8d171dbf26fe87638dc107fcbe0310aaf9bf82f6698c948f945c78d84d0', NULL, false, 'KBWF1RJXTQN', 'department', NULL, '2026-11-30 18:51:52.714174+00', '2026-11-30 18:41:52.714174+00');


--
-- Data for Name: poster_campaigns; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.poster_campaigns (id, started_on, label, region_code, created_by, created_at) VALUES (1, '2026-11-09', 'Affiches dans les centres de santé, écoles et tribunaux', NULL, NULL, '2026-11-30 18:41:49.314561+00');


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

INSERT INTO public.routing_rules (id, category_code, department_code, region_code, province_code, commune_code, unit_code, created_at) VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-11-30 18:41:52.198091+00');


--
-- Data for Name: secret_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (6, 0, '2026-11-30 18:41:49.580716+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (9, 0, '2026-11-30 18:41:49.66747+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (15, 0, '2026-11-30 18:41:49.880518+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (18, 0, '2026-11-30 18:41:49.968221+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (24, 0, '2026-11-30 18:41:50.188486+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (27, 0, '2026-11-30 18:41:50.292322+00', NULL);


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
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-PABRE-ANCIEN', 'EDU-BF13', 'school', 'École de Pabré (ancien site)', 'BF130005', NULL, '2026-11-30 18:41:49.314561+00');


--
-- Data for Name: sign_in_attempts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: staff_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('ae72d24b7754109fd67037aee9cb197b6de94f0f0645dedd07664fccf7e94894', 5, '2026-11-30 18:41:52.43522+00', '2026-12-01 06:41:52.43522+00');
INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('87df950a6c9b30f7d89db7f629f3e089fe5c2912817eab507470c6b866ee2d96', 1, '2026-11-30 18:41:52.549898+00', '2026-12-01 06:41:52.549898+00');


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
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 1, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 3, 1, 1, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 'denunciation', 1, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 'complaint', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 'complaint', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'GEN', 'GEN-OTHER', '', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 4, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 4, 1, 1, 1, 0, 0, 0, 0, 1);


--
-- Data for Name: stats_rollup; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 4, 1, 1, 1, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF50', 2, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF54', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF64', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF13', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF57', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
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
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 4, 1, 1, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 5, 1, 1, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
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

INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (10, 'agent.fp.kadiogo@demo.redress.bf', 'Alizèta Tapsoba', 'officer', 'FP-BF13', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (11, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (12, 'agent.justice.kadiogo@demo.redress.bf', 'Hamidou Belem', 'officer', 'JUS-BF13', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (13, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$msqcRUa/asXRB7TQiCDdAw$nA6Qjq8Wslw8g2Wwz+TcPaAVh10eyBpkmnl2rc6tn5s', false, '2026-11-30 18:41:49.314561+00', 0, NULL, NULL, NULL);


--
-- Data for Name: ussd_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ussd_sessions (session_id, sender_key, state, updated_at) VALUES ('fixture-v23', 'b99cfe9747e9adde6a7ed5d322ea6b9d4638313c8cc56d758545f0a1990743f6', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-11-30 18:41:52.758773+00');


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


