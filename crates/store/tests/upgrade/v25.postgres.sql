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
        INSERT INTO complaint_search (complaint_id, tsv)
        VALUES (NEW.id, strip(to_tsvector('french', unaccent(NEW.description))));
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
    tsv tsvector NOT NULL
)
WITH (autovacuum_vacuum_insert_threshold='10000', autovacuum_vacuum_insert_scale_factor='0');


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

INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (1, 'core', '2026-12-01 00:48:21.124878+00', true, '\xb6e1d9b32dee400d5f11f1f644640057caf92368672b837d685a004d8af41fdb6d0653c06ffeb78905536719308da8d9', 39412327);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (2, 'intake', '2026-12-01 00:48:21.165055+00', true, '\x522d054225b518f06f0d3934ac64a65ccd536bf090cf5a5823e7a537e2f05d62b35ed538c23a254b78e2cb6cefa0c341', 8917064);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (3, 'notifications', '2026-12-01 00:48:21.17436+00', true, '\x5fb4bbb202b26a796fed4d76a5bbb8bfe052e97c7961104d68a77cb431925c273cb60844759d95711d37ed3f5cfa59f5', 5883685);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (4, 'escalation routing', '2026-12-01 00:48:21.180674+00', true, '\x79b060151b9bb18e90555162e94d524256a90ed1dc05155c15a686c102112da1ac6468596f14a4181f69a36c45a17b25', 7277610);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (5, 'staff sessions', '2026-12-01 00:48:21.188295+00', true, '\x51ac580c0166da180e45e9aa9eb1a862b0dfb8215ee498c4b385e95301b777ca7823e4006e835a442a340216e64bfaa5', 4438230);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (6, 'response guide', '2026-12-01 00:48:21.193058+00', true, '\xfd6188862ea1a08f286ca785c4ed0b8d451f4a879a67973eb2a343ae6db35e7457ce58f099b247b4ad92ddf8ba15e95d', 5251813);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (7, 'search', '2026-12-01 00:48:21.198679+00', true, '\xbb9efaf486402392602dab2ad427ded48143708e7a27235b3cdb5e1504242b3971f46615de41686ea50b046e8286b908', 5961587);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (8, 'unit queue index', '2026-12-01 00:48:21.204888+00', true, '\x4874c80e1bca50184b53007f070af8f88f1af9d78b0e38fe0e46f83a25f49bfd4e12cf303551ca3b7a15e9fd719249a0', 1964004);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (9, 'duplicates', '2026-12-01 00:48:21.207134+00', true, '\x8eb2ea0814118bfecbf3cf4a4f60026d0bbf70dedbdf9e38630271696dc8357a69ae16523b0109bf6910ae24e3763cc9', 1782523);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (10, 'admin audit', '2026-12-01 00:48:21.209162+00', true, '\xf8f752b19e92c39ef0d0cbcf7ae4ad2eca26f82cc6ba7ff0fe6482a7fd80c8ea9fc09f81383c99e33c577401435348db', 6919921);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (11, 'queue filter indexes', '2026-12-01 00:48:21.21636+00', true, '\xc66f559f428cce885b23cd242836b41b072a712386b65be416b21e8d58f1d7f5382cf9de56fa57cd67965006eed3ac08', 3908214);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (12, 'totp', '2026-12-01 00:48:21.22055+00', true, '\x59cae79cddc0172df59c1e6e28d3bf22c40285aa87c9a41ffec11b37afde88ce117b485a37ab97bbb08e09cbe24e0703', 784089);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (13, 'phone channels', '2026-12-01 00:48:21.221606+00', true, '\x313c92ea0b534d8093a5438a2fce8bbf6329c93434fbd408d5289c83bf5188a8433564de906308e5e5d168bbd7774be1', 12944992);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (14, 'open311', '2026-12-01 00:48:21.234894+00', true, '\xb3f332f9381831ad33c43ff941635bccb39c7b1e49480fefd5fa4b9a5878a7ae5fcf3f1aefc6cc912aded0b19bc3d98f', 1702084);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (15, 'stats', '2026-12-01 00:48:21.236868+00', true, '\xbd66da0aeba07d2351a4b9a23f8bda7693c195e202159493fb8fbec9f58c5c38da7c83906e00f6eea8adf2aa86c50b83', 10346085);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (16, 'stats rollup', '2026-12-01 00:48:21.247543+00', true, '\x04c3bd7327002d3540b3ae718df12b00b03fdc87c77c89916723f64df72c49014d4099c21b88732c6f4503de0ea544bf', 7215452);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (17, 'attachment blobs', '2026-12-01 00:48:21.255111+00', true, '\x7c770bb72424ea5a722cc92d2a4b3536cdd5938fb1a4596564a281ec4167775bc417ebde54842a5713b0177b68f8291c', 3364218);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (18, 'retention', '2026-12-01 00:48:21.258751+00', true, '\x5e05eae8fd58de632b5b77b547ac56dbecb957aba651c9f36c60533c9552f9cd85d4c583bc581bfb9f7630af29b12920', 4636295);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (19, 'key rotation', '2026-12-01 00:48:21.263728+00', true, '\x529313834f4ce5caa06572ffe8da7313e1f67318c428b9ad8d7bdd21337ea234462b5e0e884478343c76b56b33a80706', 3498648);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (20, 'attempts', '2026-12-01 00:48:21.267548+00', true, '\x362ff12cc7c9ca2ef03cf1fb25512a437386bd503046ba5998b2c79b5b1b02b02fd47c4a3bd1a2f9a452710bd2bfd1cc', 8184527);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (21, 'training', '2026-12-01 00:48:21.276072+00', true, '\x0dce28c05650997d3c56e0fc7f5a2b86a95fc03ed79f36104715380f28326b8fcdb960e457a1dda46d5d058472381c92', 5529317);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (22, 'service points', '2026-12-01 00:48:21.28193+00', true, '\x4a2459086a8dd69c836da373f6566c463e327825759e80dd147b14d1c3c5b9b26250d668b8b4b5030c16d8aa7aed8e56', 9244719);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (23, 'tallies', '2026-12-01 00:48:21.291559+00', true, '\x96c4d6638711ac5567b433c2b2688c743791f8f2ccea021c00681fb42fb2ae7f387a58ee4d04b59b20cb63a89fa131dc', 11343473);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (24, 'search file', '2026-12-01 00:48:21.30322+00', true, '\xaafddb1cc987e9144e24a334a01edd1db16682302cd14f9227a88c91e77b0a229de39492c667f75068d62a94c5de9498', 648487);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (25, 'search walk', '2026-12-01 00:48:21.304093+00', true, '\x4ac5050d1358b64392f9437ccc56f476a4a5b32a11e99ce9e2d7b92694c87818d07c35216b32f5b031d36f5863dc5e60', 5444340);


--
-- Data for Name: admin_audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_audit_head (id, seq, hash) VALUES (1, 34, '51eb95b4f3ef5a6d0de89358f8148655277a8a6c3473263bb9136096376313bf');


--
-- Data for Name: admin_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"id": 1, "name": "Aminata Kaboré", "role": "admin", "unit": null, "email": "admin@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'f5017035b10fa4da4536adc25b42721d7a1d351b1ad98e5d589fe596521fb91a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"id": 2, "name": "Jean Zongo", "role": "auditor", "unit": null, "email": "auditeur@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '714e5af8f5e5176db6e8c6afeb44825f51c389a859668670d187691ca1d55155');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"id": 3, "name": "Fatimata Diallo", "role": "intake", "unit": "SAN", "email": "accueil.sante@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '240604eaa3172fe82c4ab04b2f457f4e73ba24efaf6636acee905abba630b8ec');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"id": 4, "name": "Dr Salif Ouédraogo", "role": "supervisor", "unit": "SAN", "email": "superviseur.sante@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'f024b0fc00089c7eae43c04b75638a9d327e56d3b2f006e2c881a5abdcf8af1a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"id": 5, "name": "Mariam Sawadogo", "role": "officer", "unit": "SAN-BF13", "email": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'ad571000db33b0bb9005bb4221203e8556748801d418d13e5231eb50280995fa');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"id": 6, "name": "Issouf Traoré", "role": "officer", "unit": "SAN-BF53", "email": "agent.sante.guiriko@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'e5b3e53ea047eaef04d8891f5b789c9e9a666679d190012b1cfd23145e6dc832');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"id": 7, "name": "Paul Compaoré", "role": "supervisor", "unit": "EDU", "email": "superviseur.education@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'f725fc9bf42be78dee11c3c8f1885c0a0dbaa0d5b6380cb31dcfbd32b5daf738');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"id": 8, "name": "Awa Nikiéma", "role": "officer", "unit": "EDU-BF13", "email": "agent.education.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '6194e42332286d262685ce4e8a3e50ac234a597382fdf5f915bbc9f7d0dd7019');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"id": 9, "name": "Rasmané Ilboudo", "role": "supervisor", "unit": "FP", "email": "superviseur.fp@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'c18b76a497a4add167bd15e54d2b3a1727fd21f6ec938a46aedb89dec42b0353');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"id": 10, "name": "Alizèta Tapsoba", "role": "officer", "unit": "FP-BF13", "email": "agent.fp.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'f949fd6c61551ca2c4647693784ae363b48588337c561719e90a5766a7872c93');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"id": 11, "name": "Clémentine Somé", "role": "supervisor", "unit": "JUS", "email": "superviseur.justice@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '9a11aa4c7a98e2db7dc3f7eca899aee42024ddc764759c5d84948fa7693f4cfa');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (12, 'cli:demo', 'user.add', 'user#12', '{"id": 12, "name": "Hamidou Belem", "role": "officer", "unit": "JUS-BF13", "email": "agent.justice.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '49012427cb46fbabfc90360114cf1183258de952595c07828f792f81b7c4ff39');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (13, 'cli:demo', 'user.add', 'user#13', '{"id": 13, "name": "Boukary Ouattara", "role": "intake", "unit": "GEN", "email": "orientation@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'af2762ac6cb282e827dc2f829e80f4b9bd9ef8db87207742a51d5be1c3bafffa');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (14, 'cli:demo', 'service_point.add', 'service_point:CSPS-PISSY', '{"code": "CSPS-PISSY", "kind": "health_centre", "name": "CSPS de Pissy (secteur 17)", "address": "Avenue de la Liberté, secteur 17", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-12-01 00:48:21.460741+00', '57b890a958a63e04488aa4a3d5cc3107e28d6de98b724b3bec1582b447648c26');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (15, 'cli:demo', 'service_point.add', 'service_point:CSPS-WEND-KUUNI', '{"code": "CSPS-WEND-KUUNI", "kind": "health_centre", "name": "Centre de santé Wẽnd-Kuuni", "address": null, "unit_code": "SAN-BF13", "commune_code": "BF130006"}', '2026-12-01 00:48:21.460741+00', 'ae2ba92b6090644cc45e26dbba9a935ceac5e524409f336b07828d403db4f3ff');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (16, 'cli:demo', 'service_point.add', 'service_point:EPP-TANGHIN-A', '{"code": "EPP-TANGHIN-A", "kind": "school", "name": "École primaire publique Tanghin A", "address": "Quartier Tanghin, près du barrage", "unit_code": "EDU-BF13", "commune_code": "BF130004"}', '2026-12-01 00:48:21.460741+00', 'ef86e83f9514772830e8824164593766c8de9008e951fa90dfc8538b59d11928');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (17, 'cli:demo', 'service_point.add', 'service_point:EPP-KOMSILGA-CENTRE', '{"code": "EPP-KOMSILGA-CENTRE", "kind": "school", "name": "École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire", "address": "Route de Kombissiri, à côté de la mairie", "unit_code": "EDU-BF13", "commune_code": "BF130002"}', '2026-12-01 00:48:21.460741+00', '5372cb8fde0db5a308bf4bf1d2383bc4cc8901562116e3aba2c1c49b02947af8');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (18, 'cli:demo', 'service_point.add', 'service_point:TGI-OUAGADOUGOU', '{"code": "TGI-OUAGADOUGOU", "kind": "court", "name": "Tribunal de grande instance de Ouagadougou", "address": "Avenue de l''Indépendance", "unit_code": "JUS-BF13", "commune_code": "BF130004"}', '2026-12-01 00:48:21.460741+00', '65a4152d94ccbc4ff618d5290718389749cf4e48786b7d59dc91bf029dffcb61');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (19, 'cli:demo', 'service_point.add', 'service_point:DRS-KADIOGO', '{"code": "DRS-KADIOGO", "kind": "directorate", "name": "Direction régionale de la santé du Kadiogo", "address": "Boulevard Tansoba Kiéma", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-12-01 00:48:21.460741+00', '89cf16fb4f5f71ae0d6f8bd443b9904fcd1b0565c1c159d3157b276129116c40');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (20, 'cli:demo', 'service_point.add', 'service_point:CMA-DO', '{"code": "CMA-DO", "kind": "health_centre", "name": "CMA du secteur 22 (Dô)", "address": "Secteur 22", "unit_code": "SAN-BF53", "commune_code": "BF530102"}', '2026-12-01 00:48:21.460741+00', '32cfd18f577773ab07d656e6019cbf45ce18238d9afb098140d7794e75af52a2');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (21, 'cli:demo', 'service_point.add', 'service_point:LYCEE-OUEZZIN', '{"code": "LYCEE-OUEZZIN", "kind": "school", "name": "Lycée Ouezzin Coulibaly", "address": "Avenue de la République", "unit_code": "EDU-BF53", "commune_code": "BF530102"}', '2026-12-01 00:48:21.460741+00', 'df0b4637b21d4e8ebcf5e9cd02dc17ba011aa2945eaf5a8a3dc85834c9d5b0ad');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (22, 'cli:demo', 'service_point.add', 'service_point:TGI-BOBO', '{"code": "TGI-BOBO", "kind": "court", "name": "Tribunal de grande instance de Bobo-Dioulasso", "address": null, "unit_code": "JUS-BF53", "commune_code": "BF530102"}', '2026-12-01 00:48:21.460741+00', '5e0f0b847833c126635a3c42f17714152327adcde1a1896a2a6ce38110bbfd01');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (23, 'cli:demo', 'service_point.add', 'service_point:DRFP-GUIRIKO', '{"code": "DRFP-GUIRIKO", "kind": "office", "name": "Direction régionale de la fonction publique — Guiriko", "address": "Rue du Commerce", "unit_code": "FP-BF53", "commune_code": "BF530102"}', '2026-12-01 00:48:21.460741+00', '896cd783f4518e57a8b69951c8c3c5adc0d6ef817fa1ae02fdfe3413a983ddce');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (24, 'cli:demo', 'service_point.add', 'service_point:CSPS-KAYA-5', '{"code": "CSPS-KAYA-5", "kind": "health_centre", "name": "CSPS du secteur 5 de Kaya", "address": "Secteur 5", "unit_code": "SAN-BF49", "commune_code": "BF490304"}', '2026-12-01 00:48:21.460741+00', 'ff8bbd01d3d3cee6e440d4cb171acc8cf664d5c2641c37bd08668ee57c02aad4');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (25, 'cli:demo', 'service_point.add', 'service_point:EPP-KAYA-B', '{"code": "EPP-KAYA-B", "kind": "school", "name": "École primaire publique Kaya B", "address": "Quartier Bilgho", "unit_code": "EDU-BF49", "commune_code": "BF490304"}', '2026-12-01 00:48:21.460741+00', 'cf270b4f889d1eb8f41fab5d51d37af80f288596041d2cd945abaa7d98d12c72');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (26, 'cli:demo', 'service_point.add', 'service_point:CHR-KOUDOUGOU', '{"code": "CHR-KOUDOUGOU", "kind": "health_centre", "name": "Centre hospitalier régional de Koudougou", "address": "Route de Réo", "unit_code": "SAN-BF50", "commune_code": "BF500105"}', '2026-12-01 00:48:21.460741+00', '04c98e491b25ecb3c85b90e2d82366ae1af3efb1a099b732e14ea111112410ff');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (27, 'cli:demo', 'service_point.add', 'service_point:EPP-PABRE-ANCIEN', '{"code": "EPP-PABRE-ANCIEN", "kind": "school", "name": "École de Pabré (ancien site)", "address": null, "unit_code": "EDU-BF13", "commune_code": "BF130005"}', '2026-12-01 00:48:21.460741+00', '19c876a17060db46cc9f3881d6f28ba9d32b8d7b3a1f25c01daadb37552d9052');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (28, 'cli:demo', 'service_point.remove', 'service_point:EPP-PABRE-ANCIEN', '{}', '2026-12-01 00:48:21.460741+00', 'b642eba68f29cc3714f8269200ea69744626391da325adb434fa38f85d7b77fa');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (29, 'cli:demo', 'poster_campaign.add', 'poster_campaign#1', '{"id": 1, "label": "Affiches dans les centres de santé, écoles et tribunaux", "region": null, "started_on": "2026-11-10"}', '2026-12-01 00:48:21.460741+00', 'a10f83c4f15919bdc238d4ec31a8137e008d5d88d2c40ba2626d4b939a77a17c');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (30, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"id": 1, "unit_code": "SAN-BF13", "region_code": null, "commune_code": "BF130004", "category_code": "SAN-FEES", "province_code": null, "department_code": null}', '2026-12-01 00:48:22.735833+00', '4bbdd8ec751629d52359972bf1c190709284d495f80ea127e60a17179b4ea5df');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (31, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en": "Test holiday", "name_fr": "Jour férié de test"}', '2026-12-01 00:48:22.759696+00', '7605acbeaae5478493ef80280e328477dc587dec0c3eb7965a81c590c8b20c98');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (32, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"level": "facility", "parent": "SAN-BF13", "region": "BF13", "name_en": "Sector 30 medical centre", "name_fr": "CMA du secteur 30", "department": "SAN"}', '2026-12-01 00:48:22.774915+00', 'cb72db3aa7a9a7c257cbffb51923892a292ffec9052cb54e93c9e95d88c3ddad');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (33, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure": "Vérifier le reçu; appeler le responsable du centre.", "templates": {"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-12-01 00:48:22.937066+00', '14dd87f2543d78bb899f790c68c67d4dbe180f049dd222e0c207a087adf3bc35');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (34, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days": 3650}', '2026-12-01 00:48:22.961545+00', '51eb95b4f3ef5a6d0de89358f8148655277a8a6c3473263bb9136096376313bf');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens (token_hash, user_id, created_at, expires_at) VALUES ('51d663783d86d66e64daf642e3c80fcf13c4d54813562da2c59dfc96d7c5c2ff', 1, '2026-12-01 00:48:22.119734+00', '2027-03-01 00:48:22.119734+00');


--
-- Data for Name: attachment_blobs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachment_blobs (storage_key, sealed) VALUES ('2026/12/c1e152b439bf6f58b343a2db348654cc.png', '\xb110ef2db9a1429a3dd81937e744cd8f9210b341820b28ac7b07a84a242acffbac4de64ff0a2c734443228673b35edb44ff6b0d268ebf6b38f27c5694b2235af0077c33037ef1e8247ed46a46c5c68e63d4e495f61a81ff3dec1286a337c92d21ddb5fd8799875e14ed3dd619a');


--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachments (id, complaint_id, file_name, content_type, size_bytes, sha256, storage_key, created_at) VALUES (1, 59, 'photo.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/12/c1e152b439bf6f58b343a2db348654cc.png', '2026-12-01 00:48:22.687029+00');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head (id, seq, hash) VALUES (1, 155, 'f578862fd637892de454a008d566fc1160ede8bd9642ff5eb7ae5a830d47b0ff');


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

INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (1, 1, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '05692fa72170980e80e5c1ffd386943e4e3589ad27537bbf59303a44d03de296');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (2, 2, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '2c03218cf6859fbcf910226292e7a08e6a92ba7d4b514c48fecd74b16b051e18');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'b66e24abd08d316a1f1f8c9ad2db87183c386ae1c026d4c5f4000d2c9bd25556');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (4, 3, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '3a239a74c93d25e3111e2a935a6869903dbd64098e2d3062591ad5aca018b101');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'e6dba998b07bc270251dc671ea9e312a358c7686edeb527003bfeac3f3828f50');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (6, 3, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'fdf25642f645213b458ea4e4611094cfc11f4fffca80743c70e8536650dcd698');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (7, 4, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '9958f24515d81749ecf15995118c8daefd9f3121b6890790a28e60da03c71e75');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'b2096dde2e78ab6dff733de892fb31215ef0daf9ed113fc64cb0faf135bb31a7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (9, 4, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '60ee1c57e68ad3e3b25cfe3c0b6d5dd33d1ae5e9b3bddd8e185aae1b174c32a6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (10, 4, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '6d8ba356449c1eae2ec1c8fe25602259ae702307af2b07210cf6046c332c4852');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (11, 5, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'c8d0e00430601b5ae5e3958f69277a385ebbf4a4125f47ba7adfe3e5d0d6b45e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'ef202e0e9255cb361ba22b75d8c7acdb11bee9005868f87eff6a4fc8d3c0416d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (13, 5, 'staff:1', 'assign', '{"assignee": "agent.education.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '42d78c1ebb78b34beb9a5dad1be206979b2681d1f98bba976d2df173a2be56b4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (14, 5, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '34dd93ece3d1e8fef880a0c3ad8fa703bde6eda40d476fd1dd134e3bab527e19');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (15, 5, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '258fef460610a637d4a3ff84dc0d95ac00ff3ddfc8af5ad8de638cc5330b6ee5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (16, 6, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '2507b41b43942f4b0ebcfc9b250d6fd46614aa69aa055e0ae6d48b9acb3326d6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '0313c0b73285e5ccd417e84c41c3fae8a0c2a760fbbe31c59121d4cac14cba5e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (18, 6, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'a518e61b5aaac20b4e609508087748e0e4e84032d37a2f050fcf48482e95a0c5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (19, 6, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', 'dd0f6002619ae002bee1059ecb48785dbcf7e15e362e59370b72137b680a94e7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (20, 6, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', 'e77bd97fe700dc0e6ef01dcd6e3cd32a872c67980a3a32e14436f63db91b17af');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (21, 6, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-12-01 00:48:21.460741+00', 'cf475ce91a4b4aef9607b0f95b4daf9eb66df4ff5341898407b3f77d063b81d1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (22, 7, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '74c5ddd4b726555c1afd48b0eed4aa63c65128a7c7c92bc03c947a249d104add');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '8713bf7ff581ad71e7fdb15a5c951f9f5471e6633bdef165f51d8cb8a7364c36');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (24, 7, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '6baf0acd8636230df1ed398e51221fdde5398330b5f05741dfd28200fc16aa53');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (25, 7, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', 'a851e7a25aec7ac427a375b488baa2c62a90c2e91ce896f3f23a8af4bfa02fc3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (26, 7, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '7de6d04141a9e7dff4c7e2d095456944988415f5c917dbd8d3b20ac08ad1c450');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (27, 7, 'staff:1', 'close', '{}', '2026-12-01 00:48:21.460741+00', 'b83cbaaf7e7d6d9c6a5954a711c28afacc5e265525f820b82e6c77723f848ac4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (28, 8, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'bf0e8fab6f53d8c6a80848da50a3f7e61a0dc2ae021278408d03a4856a272819');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (29, 8, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-12-01 00:48:21.460741+00', 'eff86b799b7b463c93fffa24f3aa702c34f59354f961aedfacdbf787fad26194');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (30, 9, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '283788ed783a9956c819d43e7a4261d8c6cad758b469e6156307a2539f294d84');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (31, 9, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-12-01 00:48:21.460741+00', '50dd93bee533ed4a8bec8814ff87c3d6b901c2a01177420d084018a72895d3b3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (32, 10, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'ac8a7536af9f5282a2be800f0a7788c789c5aa74fa5d644c83ea30ed7c064bf9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (33, 11, 'public', 'received', '{"kind": "denunciation", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '836a35d807c5379716833c52de1acfa52c5a77de658ffe6ff905337b31c2f280');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '3c7400e06d9ecd1219f28562791a315cee4a4d76ad762d41b9dab1edf21aa3c8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '25f796be7f0a6986a715a9130f9b7ac19576d35cad97a77715d3fe1b90a27ca3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (35, 12, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'fdb24edf8cdaa4b35c6466aff164783e37ad73adfcdd3b4509097af55a2609d5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '4aa6405d1139a022e42f239dcd1839b8afe21786b112b6742a4b4b5cd6f19f5d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (37, 12, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '9d2baf58b6e64ae8d95ca706c3ca4569c51426f7e0722354d82b74a4d8a6ded0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (38, 13, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'edcc0e2b51f7c06114879dc5bdcd27eb223a9984a6337af805ff991f19643138');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '80913b3cf6e25ee4e6bbfd38fdcde5fe4bbc4d64720702f026eb8de4c60aa9a0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (40, 13, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '57937870a67c39a952b8c980fabc0d37b2ad7f67da7bc7b9960e289c3893a410');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (41, 13, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '1823a9f57ebec0dc26e341260c4fb5de6d58b5f0d4c7de9dc8be791089c40a15');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (42, 14, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '25641b405488c5b5d710c7d914a0f19074620a66b68faa2c257770c25b3bfee8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '7f5231246d318b030cb0fd28edbfc2c2a753adc08ce3a5541ada51e397d530cd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (44, 14, 'staff:1', 'assign', '{"assignee": "agent.sante.guiriko@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '19e3bee79a34615be99299b5fedfa832e92fb7386c336ea9f53ccaf5be7f9f11');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (45, 14, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '6981d5a2b4ce6405887faea57d9c4b34d08d224f24005cf0c9e3a693344c7c23');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (46, 14, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '8e6e0fa7b57725c56ecdeda64835631e979676e12e824a2fb2685d0063fccd87');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (47, 15, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'af4bb0a856c315bd564b837a329828b12b68081595725d89c4933854d57ced20');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'b551a87ca2d602ded1733efc2124467a35918cb0386c7ef1f73f0335d9116efe');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (49, 15, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '2dec8600736f8560d7e3ab6422d108d425671dbfdd835b78d062b697c16e77d5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (50, 15, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '3ce40d86d0280051d576cfc66570d460e3b719eb4f981cab24b0e801d234e519');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (51, 15, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '972f72973a19300b497c7d5089f6047928dc0741f4857cd178eb755e04a9ac85');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (52, 15, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-12-01 00:48:21.460741+00', '8acc947ae30ee75517ee77c6b38d22415d5f2e0787960cc6943569c956caf527');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (53, 16, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '1e26cca73249b83e0635d2f8d5b2ec4a3f1e4a511acb99d0dcba1290806274e4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'd56b8e36b61fd491f7420232a9f291da7b8b8a89b4e646be4c098bcdf4137d25');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (55, 16, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '4a95e9ad23e1f74bfdbe4164c46ee6edfcb793084b097454e2bb7023ac69432e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (56, 16, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '5b2a0dcb8f85c60e1de8b7d6d8ade283b7b37f3669ea441bde01caaef1ef0ad1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (57, 16, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '89dacb97e0200ffe178876082afc8f872f86c5297346fa31b98afbcb5fa061f1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (58, 16, 'staff:1', 'close', '{}', '2026-12-01 00:48:21.460741+00', '6a47a0afc0ccc43dd98aa0a1b79ef3ee5d0bf692d825fc119abfc03269b0db22');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (59, 17, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '9debb59374ac7f36f025ad56d33d077a599966d5e30526205e25c19a8de602bc');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (60, 17, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-12-01 00:48:21.460741+00', '0a633a89cea48fd49c6c73914e5198e737ba0669da684c0c030de2c8d157458d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (61, 18, 'public', 'received', '{"kind": "denunciation", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '8a33d08bfa319024170d47a88b754e286f1331b461f27605abaf367b7bdf8336');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (62, 18, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-12-01 00:48:21.460741+00', '4c0f12c0057db8f601c100eee02f7eed535c2069b828339883207df9d10820b3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (63, 19, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'd304ab59d687437779b699fcbb4b5234c90a87822c73c87031ecf1a2302e4f13');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (64, 20, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '1aaafd543dd919dac44b0b95faa45ba5b5c59c2874d1fdf6fcabad386b6c0805');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'c9a3bf8f5d3d2723ed613470903019aa045324b0781df3963d6e0650e574ffb8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (66, 21, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '495d2f7ef1c0ff9e3663b341b6e9cab4102a907b69bfc06ecac34a65cd947cd7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'd11c860a523186be5f046a89467e6f5279ac0fffc0dc50a4694ffacc1850c50e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (68, 21, 'staff:1', 'assign', '{"assignee": "agent.fp.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '5231d9ec5533ef5d444f3a286e61dd8efd2b301e7877312df27ee8f532d2e31b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (69, 22, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '3d8c26dc4552673e9a4769c2ee0470b4f7a01d8b98c3d60c31ea52b8b789265b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (71, 22, 'staff:1', 'assign', '{"assignee": "superviseur.fp@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', 'f8bc72ee967406699b74cb6caebc9a03e344b3ee8bdd698858325ba9e7e00493');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (72, 22, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '2cbecd5394f9d668f7da3155458b3b16b0779c31a4878e1e9bd92549ed681a7b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (73, 23, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '9c8a2ffbef170ce1b14fe80ca1855e63499a775a97fe1d19b33568d2ddbdf45f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '2627a008c892932dfcb4d29d1eee29079cec85af0c68f8eb9a333ffb496b3bea');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (75, 23, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '5137dd501cac21559f72b3833b09498fa102c7693219d81105966ea14b026d4f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (76, 23, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '3af52cc51fe6910dffdfc867c185120030aa9301b75f512005ad62c5fd04cb1d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (77, 23, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '30378a2e25fe8206a17a1860630b8813578165346b0fc74bbd956b1a060bf3ce');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (78, 24, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'e8898f130548d80b504bde51d48a4505775b0a2fe7d0ed435a20a20000cc0627');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', 'dbe8507c13eb9e94e193d6308a6a5bee176c059a0794508b1ae3459dd317948b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (80, 24, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '583a788c49eb51efaa4070739d559ba15081eb446bf40e01ac5c476288fe2b9f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (81, 24, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', '6082a0d00678abc83b6e11429362be5e7b3e52f1e5c9b58c7ee2e5a140d42ac0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (82, 24, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '1f6b6cfa75839a2bf1c87ff6b4237920500226d263ffa2f386723b41f52f7f44');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (83, 24, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-12-01 00:48:21.460741+00', '873848300099ce5574972ab59dbc8571a091dbad5e174d514947d6ad097144a6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (84, 25, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '9c434b8b97872fbdac27a4bec76df306d1d219a86a631ded8ecba874daaff504');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-12-01 00:48:21.460741+00', '1fe1436831287bdae727903254bc3fb56ec346fa383c3d4ca5a6aa5fd214e747');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (86, 25, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 00:48:21.460741+00', '7b252e071bd28f9b8dbf7b11b4683ae2e08ef50b486fa0c076c65aebd9ac2439');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (87, 25, 'staff:1', 'start', '{}', '2026-12-01 00:48:21.460741+00', 'ae56f989fb8a2ebac03cf8e53aa8d68d0ef1a97a3798a9fef7a108feae37d38d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (88, 25, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 00:48:21.460741+00', '9b20b2a51ec07ce59e0a2a06901d0c3eee6f3079f7973f0e24b597ce43558943');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (89, 25, 'staff:1', 'close', '{}', '2026-12-01 00:48:21.460741+00', '5ff2693f402a660d2bdc0fac4db68c274db198f19d9e61ce133088bc1ac40795');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (90, 26, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', 'bc0b7e4f225292708e26d220e52258ab2fd518f699f32eb87434cbb8ebe781d1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (91, 26, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-12-01 00:48:21.460741+00', 'be3c0c0324bf841f72d921cb59d2767176ce34938a76686a18f7f1a99e05ed48');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (92, 27, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:21.460741+00', '02298606beb3a6bd93ef0cb0f0569c6f39d5cdae108f4bd20a445893756d2d48');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (93, 27, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-12-01 00:48:21.460741+00', '3aa286f6f1ee0ed72794a483c3934c1ab4586a1b5124c1fcae4f7b110e61d4da');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (94, 28, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-10-26", "attachments": 0, "acknowledge_by": "2026-10-20"}', '2026-10-15 00:48:21.460741+00', '4bbbee3d1677c701e87de40ca713e4921af835d8fdf0f4e07ba9a34f4f3e2cb3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (95, 29, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "sms", "category": "EDU-FEES", "answer_by": "2026-10-27", "attachments": 0, "acknowledge_by": "2026-10-21"}', '2026-10-17 23:48:21.460741+00', 'eb2b9339ec061b0c7382cb9d4762d3c70359779ec61e236205b1477a9e0ad0ee');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (96, 30, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-FEES", "answer_by": "2026-11-02", "attachments": 0, "acknowledge_by": "2026-10-26"}', '2026-10-21 22:48:21.460741+00', 'a88df7b768296227721605cba7d6ddce6c98781f688947879be03161368fb2ef');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (97, 31, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DELAY", "answer_by": "2026-11-03", "attachments": 0, "acknowledge_by": "2026-10-28"}', '2026-10-24 21:48:21.460741+00', '4fb8041c503e1ffa691626b5d0ed916e8bf6d8ff18256e1b5dc66e1682e62b87');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (98, 32, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "ussd", "category": "SAN-STOCKOUT", "answer_by": "2026-11-09", "attachments": 0, "acknowledge_by": "2026-11-02"}', '2026-10-28 20:48:21.460741+00', '63790034cf502f3c221ab8339e3e6831a1a90b7b264a42d907417cd7f96ff5e7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (99, 33, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-ABSENCE", "answer_by": "2026-11-10", "attachments": 0, "acknowledge_by": "2026-11-04"}', '2026-10-31 19:48:21.460741+00', 'af9f47d763dee7f8f19a804e79a6373ef19e00573c5e431d88b93e75106744e2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (100, 34, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "sms", "category": "SAN-RECEPTION", "answer_by": "2026-11-16", "attachments": 0, "acknowledge_by": "2026-11-09"}', '2026-11-04 18:48:21.460741+00', '1b6c83bb41aa376c76c1be3bd2712a0dacd8cd3729a98bf2867dc348f8488cd0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (101, 35, 'staff:3', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "walk_in", "category": "FP-DOCS", "answer_by": "2026-11-18", "attachments": 0, "acknowledge_by": "2026-11-11"}', '2026-11-08 00:48:21.460741+00', '2d3437b758dbae3bf215788a4c91695ccd5933670aebedf7fd2eb07af8dc0810');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (102, 36, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-20", "attachments": 0, "acknowledge_by": "2026-11-13"}', '2026-11-10 23:48:21.460741+00', 'b3088670d61840e701e9b31a084ad64c61c274a7a4c913a9f7674340f6267ec6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (103, 37, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-11-20", "attachments": 0, "acknowledge_by": "2026-11-13"}', '2026-11-10 22:48:21.460741+00', '7701bf2c0f4bfa299865883720974902e9d5e53ca1148518c7ec29f44a1496e5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (104, 38, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "sms", "category": "SAN-WAIT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-16"}', '2026-11-11 21:48:21.460741+00', 'b7ab693fed611f384667512fd4f059bdecc7beaadf08c93196356e4418b2a1b9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (105, 39, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 20:48:21.460741+00', '970425260c98ab3f9de9deea50e8e9795ae123394adb9bd9305decd11739f99b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (106, 40, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "ussd", "category": "EDU-CANTEEN", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 19:48:21.460741+00', 'e9f4d5d10d2d3a12c68997555511fe5aed86c8bce8b0b12033143a8c1064c9db');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (107, 41, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DOCS", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-13 18:48:21.460741+00', '8923127d4930fb4dda5999754f25cb3f14f265ad883c444c31bd2890c73ac03f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (108, 42, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-ABSENCE", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 00:48:21.460741+00', '1e205bd9a3d333f70b4bd9e99403eadfdaccbb8bfba1cb3518de75c6d9c62ee0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (109, 43, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 23:48:21.460741+00', '5facf2a595c8cbfd1e09d9ffa59de319c26356bb9a62b12582e9285ac6428dd0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (110, 44, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-RECEPTION", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 22:48:21.460741+00', '64803dd23ebe5657bd18f94956ba6ac893b2bd44976da2193bc03b0fb0460fca');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (111, 45, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF49", "channel": "sms", "category": "FP-CAREER", "answer_by": "2026-11-26", "attachments": 0, "acknowledge_by": "2026-11-19"}', '2026-11-16 21:48:21.460741+00', 'f2b76ac0cae14c5e036152f91652d49b40b6c379db5a88cad50583fac2627ab5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (112, 46, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "web", "category": "EDU-EXAMS", "answer_by": "2026-11-27", "attachments": 0, "acknowledge_by": "2026-11-20"}', '2026-11-17 20:48:21.460741+00', 'b7c66e98f9ace7a370cbbcb10de5ad5241f2279fe64125f8c634b521b008369c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (113, 47, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-23"}', '2026-11-18 19:48:21.460741+00', '8ffc9ba1cf4b1c8d77d7c21c2bcc3ce7301b06c4252c1cd0df8067e03595bfe3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (114, 48, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-CANTEEN", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-24"}', '2026-11-19 18:48:21.460741+00', '5af3132e03469e23c36de55273fc16b82d34732ec7312eb35454e5ae402c4ab4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (115, 49, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "ussd", "category": "SAN-FREECARE", "answer_by": "2026-12-01", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-21 00:48:21.460741+00', '547edf0a4c83ccf6642127572e5eda864275b4aaa2f37abff83e4b95b725faeb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (116, 50, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "web", "category": "SAN-ABSENCE", "answer_by": "2026-12-01", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-21 23:48:21.460741+00', 'e89bc63c6771d899ba83761046d7406b71768754684044112a6ba736b555673c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (117, 51, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF50", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-02", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-22 22:48:21.460741+00', '4bcd624c3d50a538055981f06a1f9e8cbdff46f2822130f6c6d401d89fc79a3f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (118, 52, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "sms", "category": "EDU-ABSENCE", "answer_by": "2026-12-03", "attachments": 0, "acknowledge_by": "2026-11-26"}', '2026-11-23 21:48:21.460741+00', '76ac46bceab091ba7815d074989b26947d43edafcf563e8e000f5578ac9aa959');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (119, 53, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-12-04", "attachments": 0, "acknowledge_by": "2026-11-27"}', '2026-11-24 20:48:21.460741+00', '774a5a2699b6f2d058d88deed95f561e9032b9374ff6c6bfa6b6c8d42785758b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (120, 54, 'staff:3', 'received', '{"kind": "complaint", "unit": "JUS-BF49", "channel": "phone", "category": "JUS-DELAY", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-11-30"}', '2026-11-25 19:48:21.460741+00', 'c5734ee4cf2ffd719244019fd507ef4b35dcbea03a66cb245e75b3576f52ec7c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (121, 55, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-12-01"}', '2026-11-26 18:48:21.460741+00', '29f503692851afcf564ec362e36b21999480a3ff894a2a51d5979b43604efc23');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (122, 56, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "web", "category": "JUS-FILES", "answer_by": "2026-12-08", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-28 00:48:21.460741+00', 'db0049e4f593f8aa3a73e60d3e5d8bdadf4165ef6fdbfadbd0ba484f073e10a8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (123, 57, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "ussd", "category": "SAN-WAIT", "answer_by": "2026-12-08", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-28 23:48:21.460741+00', 'a32895b5faee4803ad69c5e11353b33d7f7ed92bfa06c293c99a70d50e2dab53');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (124, 58, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "web", "category": "FP-DOCS", "answer_by": "2026-12-09", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-29 22:48:21.460741+00', 'f59f411bbae789006afb0a5f19eefddaa36657d2dddaa01a19e471c87efbe5db');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (125, 28, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-10-20"}', '2026-12-01 00:48:22.546313+00', 'c1e51157e9b0b181ecaa665254bd466c449e0f845b5aa1b74e188bed290fb7bf');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (126, 29, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-10-21"}', '2026-12-01 00:48:22.546313+00', 'd6bfa32743b5273caa3f6d82de2b656354e2297ac46b0ba5050298bc345f2f46');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (127, 30, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-10-26"}', '2026-12-01 00:48:22.546313+00', '68cca3846ba4f2713b89343e6605512d7c6e512971e91f4c30c22548e762e7af');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (128, 31, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-10-28"}', '2026-12-01 00:48:22.546313+00', 'a426637809b60e70d158690172c3605d9f375c4df4689a85ac86454693ab7361');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (129, 32, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-02"}', '2026-12-01 00:48:22.546313+00', '9f3499d2b9bde814693d7564ebca05b12a9e5e8269e9db3c33d74a77e7786fae');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (130, 33, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-04"}', '2026-12-01 00:48:22.546313+00', '6ab97bc60a44658f92af9abbe0fc152d094691c56a580daaa93d036104c27c9c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (131, 34, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-09"}', '2026-12-01 00:48:22.546313+00', '2eba1df0712e685ef041522f71a218987ba3e06dda4aefa391a12e24feaa8938');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (132, 35, 'system', 'escalate', '{"unit": "FP-BF53", "level": 1, "deadline": "2026-11-11"}', '2026-12-01 00:48:22.546313+00', '2c788c629a30cde8f283f7f57561354b854194da76c96937d8c057040b1be346');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (133, 36, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-13"}', '2026-12-01 00:48:22.546313+00', '1900ea4bc4cb91c6c74b1232bdd1fec258c848e1b91cbc612f1cf472311310eb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (134, 37, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-13"}', '2026-12-01 00:48:22.546313+00', '5ff10ae81524ed6b2801d2d018b4e55fe279d3f7237efcb8489e1f010090dc0d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (135, 38, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-16"}', '2026-12-01 00:48:22.546313+00', '5cb452f4b2f37c73235240ae354af9544aca428c2f8bd218e936f68148011a8c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (136, 39, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-12-01 00:48:22.546313+00', '1f3d4203aba34eabbaefa6d460b94b92abb846246217de0535f3663c700839d9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (137, 40, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-12-01 00:48:22.546313+00', 'f8acb941f8d7e8c4a1a39b76fd475166bfd00ef3fa0883f87b62e26c6aec616d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (138, 41, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-12-01 00:48:22.546313+00', 'b8e42984000b1b30a0c7b264422f69d4b1dc5be73928b71cce998273b7c02baf');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (139, 42, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-18"}', '2026-12-01 00:48:22.546313+00', '94ee4c4c90536bab0189ea1696721f970e6835a73a0096130b0fce56b54d8dee');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (140, 43, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-18"}', '2026-12-01 00:48:22.546313+00', '406284c6f8cc09a3225c81ea77d5a4ea7d866b53964a444533571d3b8c5cf0e6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (141, 44, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-12-01 00:48:22.546313+00', 'ed225c48ba4e4daf08a6a6d2136a62e7a4917baffe4b9f045fc40266eb4f6ae4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (142, 45, 'system', 'escalate', '{"unit": "FP-BF49", "level": 1, "deadline": "2026-11-19"}', '2026-12-01 00:48:22.546313+00', '9335dead1c0b4e8faa14fb514b26801613664ae52c4f0b740cad5d4d533d2591');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (143, 46, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-11-20"}', '2026-12-01 00:48:22.546313+00', 'cd26db26f2597070dd7bbd63ecbab7b5180ef44e3aaacb8f33b45823533cf76a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (144, 47, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-23"}', '2026-12-01 00:48:22.546313+00', '515db4401969764675b5754e383cd49ce47bb99c75c240307c8aea24caa01ca7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (145, 48, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-24"}', '2026-12-01 00:48:22.546313+00', 'ecec7201162cffbae55bfaff18df9803dd531d0ce4860aff2de75e8918561033');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (146, 49, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-25"}', '2026-12-01 00:48:22.546313+00', '3fbcc935a2f76f5f04dbb893068fcb0c900ba6348f4eeaaea79de9a994aae05f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (147, 50, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-25"}', '2026-12-01 00:48:22.546313+00', 'a79f1c9753a98fe36912f153837a097e86d8d378692e0e1ad930062a7c950d93');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (148, 51, 'system', 'escalate', '{"unit": "SAN-BF50", "level": 1, "deadline": "2026-11-25"}', '2026-12-01 00:48:22.546313+00', '2719d086d1b69f68d5cbc8d0a1d26e2e08db16484c152d6a0252724d53274b91');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (149, 52, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-26"}', '2026-12-01 00:48:22.546313+00', '467799979db2a309778f22a5bdbe8c7e1bc74dadfbb4c349ee91726082ab755a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (150, 53, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-27"}', '2026-12-01 00:48:22.546313+00', 'ed3d6728638880fa9fe079a573aab67071ae5033d5b43d7843cefc2d5645b04b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (151, 54, 'system', 'escalate', '{"unit": "JUS-BF49", "level": 1, "deadline": "2026-11-30"}', '2026-12-01 00:48:22.546313+00', '6f791174cd6e49a93b7f9e1778ae9ae52d108aa5af5bbba729859132bb31cfb1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (152, 59, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 1, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:22.687029+00', '57e8eda9bb307cef498c2e9b020c43efb0cf30ac0652b739b75a9200e4998b2d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (153, 60, 'staff:1', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "walk_in", "category": "EDU-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:22.706995+00', '62b14ed3103a228287223abf6d5b2095c47d036087781c5ec3519033ea6ad340');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (154, 60, 'staff:1', 'note', '{"text": "Appelé le directeur."}', '2026-12-01 00:48:22.721246+00', 'eb88046f676c845cd01722c85e07a7a9046629c62722d7209b33648710e2de08');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (155, 61, 'public', 'received', '{"kind": "complaint", "unit": "GEN", "channel": "sms", "category": "GEN-OTHER", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 00:48:22.977186+00', 'f578862fd637892de454a008d566fc1160ede8bd9642ff5eb7ae5a830d47b0ff');


--
-- Data for Name: complaint_search; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (1, '''1500'' ''3'' ''30'' ''5'' ''a'' ''alor'' ''an'' ''consult'' ''csp'' ''enfant'' ''f'' ''fait'' ''gratuit'' ''le'' ''moin'' ''pai'' ''secteur'' ''soin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (2, '''a'' ''achet'' ''amoxicillin'' ''cma'' ''depot'' ''depuis'' ''deux'' ''envoi'' ''ni'' ''pharmaceut'' ''plus'' ''semain'' ''sro'' ''vill''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (3, '''14'' ''7'' ''a'' ''attendu'' ''enfant'' ''etre'' ''fievr'' ''fort'' ''h'' ''pediatr'' ''recus'' ''san'' ''urgenc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (4, '''centr'' ''csp'' ''enceint'' ''femm'' ''ferm'' ''infirmi'' ''le'' ''repart'' ''rest'' ''semain'' ''tout'' ''venu''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (5, '''5000'' ''banc'' ''cp1'' ''ecol'' ''exig'' ''f'' ''fil'' ''frais'' ''inscrir'' ''primair'' ''publiqu'' ''tabl'' ''table-banc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (5, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (6, '''absent'' ''cm2'' ''cour'' ''depuis'' ''elev'' ''enseign'' ''le'' ''octobr'' ''rentre'' ''restent''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (6, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (7, '''a'' ''alor'' ''aucun'' ''cantin'' ''ecol'' ''ete'' ''le'' ''livr'' ''rep'' ''scolair'' ''serv'' ''trimestr'' ''vivr''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (7, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (8, '''argent'' ''cep'' ''circul'' ''contr'' ''examen'' ''sujet'' ''veil''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (9, '''2024'' ''avanc'' ''compt'' ''echelon'' ''malgr'' ''pris'' ''relanc'' ''salair'' ''toujour'' ''trois''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (10, '''arret'' ''attend'' ''cel'' ''delivr'' ''fait'' ''integr'' ''mois'' ''quatr''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (11, '''an'' ''aucun'' ''audienc'' ''depuis'' ''dossi'' ''pend'' ''san'' ''success'' ''tribunal'' ''trois''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (12, '''casi'' ''chaqu'' ''demand'' ''depuis'' ''judiciair'' ''mois'' ''reven'' ''semain'' ''simpl''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (13, '''1500'' ''3'' ''30'' ''5'' ''a'' ''alor'' ''an'' ''consult'' ''csp'' ''enfant'' ''f'' ''fait'' ''gratuit'' ''le'' ''moin'' ''pai'' ''secteur'' ''soin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (14, '''a'' ''achet'' ''amoxicillin'' ''cma'' ''depot'' ''depuis'' ''deux'' ''envoi'' ''ni'' ''pharmaceut'' ''plus'' ''semain'' ''sro'' ''vill''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (14, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (15, '''14'' ''7'' ''a'' ''attendu'' ''enfant'' ''etre'' ''fievr'' ''fort'' ''h'' ''pediatr'' ''recus'' ''san'' ''urgenc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (15, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (16, '''centr'' ''csp'' ''enceint'' ''femm'' ''ferm'' ''infirmi'' ''le'' ''repart'' ''rest'' ''semain'' ''tout'' ''venu''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (16, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (17, '''5000'' ''banc'' ''cp1'' ''ecol'' ''exig'' ''f'' ''fil'' ''frais'' ''inscrir'' ''primair'' ''publiqu'' ''tabl'' ''table-banc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (18, '''absent'' ''cm2'' ''cour'' ''depuis'' ''elev'' ''enseign'' ''le'' ''octobr'' ''rentre'' ''restent''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (19, '''a'' ''alor'' ''aucun'' ''cantin'' ''ecol'' ''ete'' ''le'' ''livr'' ''rep'' ''scolair'' ''serv'' ''trimestr'' ''vivr''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (20, '''argent'' ''cep'' ''circul'' ''contr'' ''examen'' ''sujet'' ''veil''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (21, '''2024'' ''avanc'' ''compt'' ''echelon'' ''malgr'' ''pris'' ''relanc'' ''salair'' ''toujour'' ''trois''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (22, '''arret'' ''attend'' ''cel'' ''delivr'' ''fait'' ''integr'' ''mois'' ''quatr''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (23, '''an'' ''aucun'' ''audienc'' ''depuis'' ''dossi'' ''pend'' ''san'' ''success'' ''tribunal'' ''trois''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (23, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (24, '''casi'' ''chaqu'' ''demand'' ''depuis'' ''judiciair'' ''mois'' ''reven'' ''semain'' ''simpl''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (24, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (25, '''1500'' ''3'' ''30'' ''5'' ''a'' ''alor'' ''an'' ''consult'' ''csp'' ''enfant'' ''f'' ''fait'' ''gratuit'' ''le'' ''moin'' ''pai'' ''secteur'' ''soin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (25, '''a'' ''agent'' ''apre'' ''aupr'' ''concern'' ''corrige'' ''ete'' ''merc'' ''ordre'' ''rappel'' ''signal'' ''situat'' ''structur'' ''verif''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (26, '''a'' ''achet'' ''amoxicillin'' ''cma'' ''depot'' ''depuis'' ''deux'' ''envoi'' ''ni'' ''pharmaceut'' ''plus'' ''semain'' ''sro'' ''vill''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (27, '''14'' ''7'' ''a'' ''attendu'' ''enfant'' ''etre'' ''fievr'' ''fort'' ''h'' ''pediatr'' ''recus'' ''san'' ''urgenc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (28, '''attent'' ''etre'' ''heur'' ''plus'' ''recu'' ''san'' ''six'' ''urgenc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (29, '''cotis'' ''enfant'' ''exig'' ''frais'' ''inscrir'' ''non'' ''prevus''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (30, '''a'' ''carnet'' ''devr'' ''etre'' ''fait'' ''gratuit'' ''pai'' ''sant''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (31, '''a'' ''an'' ''avanc'' ''depuis'' ''deux'' ''dossi'' ''tribunal''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (32, '''contr'' ''depot'' ''depuis'' ''dix'' ''jour'' ''medic'' ''palud'' ''plus''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (33, '''absent'' ''ce2'' ''depuis'' ''enseign'' ''semain'' ''trois''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (34, '''a'' ''accueil'' ''desagre'' ''enceint'' ''ete'' ''femm'' ''tre''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (35, '''attend'' ''attest'' ''cinq'' ''depuis'' ''mois'' ''travail''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (36, '''a'' ''beb'' ''consult'' ''csp'' ''fait'' ''mois'' ''pai'' ''six''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (37, '''3000'' ''a'' ''banc'' ''chaqu'' ''demand'' ''ecol'' ''elev'' ''f'' ''frais'' ''tabl'' ''table-banc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (38, '''10'' ''7'' ''a'' ''alor'' ''centr'' ''commencent'' ''consult'' ''h'' ''le'' ''ouvr''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (39, '''a'' ''depot'' ''enfant'' ''le'' ''ni'' ''plus'' ''sro'' ''zinc''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (40, '''a'' ''cantin'' ''depuis'' ''fonction'' ''rentre''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (41, '''argent'' ''certificat'' ''delivr'' ''demand'' ''nationalit''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (42, '''absent'' ''csp'' ''le'' ''major'' ''tous'' ''vendred''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (43, '''attent'' ''echograph'' ''journe'' ''tout''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (44, '''a'' ''accueil'' ''agent'' ''centr'' ''insult'' ''mer''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (45, '''appliqu'' ''reclass'' ''salair'' ''toujour''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (46, '''a'' ''bepc'' ''blanc'' ''certain'' ''elev'' ''ete'' ''not'' ''vendu''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (47, '''a'' ''demand'' ''gant'' ''le'' ''maternit'' ''pai'' ''seringu''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (48, '''cantin'' ''ger'' ''le'' ''march'' ''vendus'' ''vivr''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (49, '''an'' ''applique'' ''cinq'' ''gratuit'' ''le'' ''moin'' ''soin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (50, '''centr'' ''deux'' ''expliqu'' ''ferm'' ''jour'' ''rest'' ''san''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (51, '''fait'' ''hospitalis'' ''le'' ''malad'' ''pai'' ''pans''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (52, '''absent'' ''depuis'' ''deux'' ''ecol'' ''enseign'' ''fet''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (53, '''anne'' ''cotis'' ''directeur'' ''exig'' ''fet'' ''fin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (54, '''an'' ''apre'' ''audienc'' ''jug'' ''redig''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (55, '''contr'' ''depuis'' ''deux'' ''manqu'' ''rougeol'' ''semain'' ''vaccin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (56, '''a'' ''dossi'' ''ete'' ''greff'' ''perdu''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (57, '''attent'' ''cinq'' ''heur'' ''vaccin''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (58, '''acte'' ''chaqu'' ''demand'' ''integr'' ''reven'' ''semain''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (59, '''2000'' ''a'' ''carnet'' ''demand'' ''f'' ''gratuit'' ''sant''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (60, '''3000'' ''cep'' ''directeur'' ''dossi'' ''exig'' ''f'' ''frais''');
INSERT INTO public.complaint_search (complaint_id, tsv) VALUES (61, '''csp'' ''depuis'' ''ferm'' ''lund'' ''person'' ''pissy'' ''recevoir''');


--
-- Data for Name: complaints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (1, 'Q3SSJ9TYSY6', '6f71c3ebb54f1ffa4ca9364fef12399189e7c9286e7ff5961ff4f3a66742d79f', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x5f5fe027c612ce98b70934708fec4fda03452c35de06ba214edb820b7a2e575093f35a012df2da1469f3a8f8cd649f90dfcf755f01f35c535d252a4fb05c2496', 'received', NULL, 0, 0, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (2, 'NJ75685SJMC', '3b1f81a31492fff520aee92fad9aa889f86d477aa6603ce9f9407abbd484d324', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'accepted', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (3, 'PQZ95V8BYVV', 'dc687dff8a9a075b2ce8bb6f84d9910d650b8c9a501370f14576c34dc68290fa', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\xa6347ebde582714236416c69a0d6d11c2481410ddc78e86bbbdd8bbf43176e1c36d6bffe898ada71f4865bce8a2efa0f32ace3462a00cf0398b1100c267036f1', 'assigned', 5, 0, 2, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (4, 'X0FHFZNBW0W', '9ea2954a3ef81b1a143d938acd4b069dc5fd3178efbe272f800eb89ec469bad0', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\xb2830b5e605eebca72f0e1104f5952a820c230381200adeed93c10a4d16bcde5bb676d60fe94860e182d52523f05932c0de8c535a5a1066d44630cec93bfe1d4', 'in_progress', 4, 0, 3, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (5, 'BPDSX6JHNS2', '59447d8354efca5a74dc349012913edd3f33567472f46638cad74c9fc49bd9ca', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x90f0ea7cdd138bec6197cb0082ed628fcd85be101b007020b26466c819ffbb7ee98cd3bdc0ad548033c1097896a9cd74d2695625ac593e1297d1ecda1554731f', 'answered', 8, 0, 4, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (6, 'P2CCWSW0HSK', '110c87221632a59e37ff07301d33259a219ab067e10aeb33e1658628edc265db', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'appealed', 7, 0, 5, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (7, 'SGZ2MZ266W3', '49a5ac7fabb65e2dc263e56db58844d94ecee4d84104b076483367822ef49a39', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\xcb4fb23028a0b56ab5b02df10b3abef39e02ae7a206f640ae10cffd190b9a88d3372a4bda1244cf881427f464b188d59e11197cc79cea9dc3b6b7cba355afa09', 'closed', 7, 0, 5, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (8, '8AEBTTV1TD0', 'f9efeccd38171fb5f8ea9226643d983f6a1a13f9ce3cffd8955842ce7f2c2b10', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x98d6368b1967028ab6687bcbab1b254feeec217b15d589f39c331c3d55a0a023314dbce19f6552552d23c8bf4730f84acdb159bef6307077a28094c23926880c', 'rejected', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (9, 'QST05SR55B7', '30a02537606d39a18fce18ec39037a8c12c24795e3c62a1629bc7f0a84130c3e', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\x94d3cbef6ba28f72f8624999908a27997848adb1e1e3ceec378c5cae181e6d87a23d0e6d68f49a2bc67cc65cd3e9996004ce0a8ab84c07d547a26d2b41851582', 'withdrawn', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (10, '3AM63B7CA8Q', 'e6d6f37144931978881fa88228e5277655a9cd4112cf59655d1ee1e681e0a8b1', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (11, 'EZZDPHYNGH5', '0868aa2b8269036f0b1f2dd5487dcffc128fd7184e9a3fafa658c30b30ec6371', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\x5ea60962b0bd5c3b915ab8b77f06a856664105b52d15feca7d3bf76da6995f0fcf05e6bd5f611fb79ab1bbb70841fc2bc34493be799901ee34b69c306557d674', 'accepted', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (12, '763R2VRA6BR', 'b1b200b910b7c5a9790b0e1b14ef0a993a727d2a566a1b7bc1710b89f5ec9a50', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\xa8268918a8bd94374fc76fcac78181cb66556c8bff8278552e22867e88653247bd98894d6bc14c82559ebe8e368943ddf48310d39bdb657efe9077a1faf77969', 'assigned', 11, 0, 2, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (13, '7VS92BYHRBG', 'c96cd9ab77d4e1473bfc9d3d69957a7ee7017386bb37050a61122514588b1379', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x1b93e16d33e33db8b81e5a3ba3d9fa40e2146cd6905f8fc126d128e10e31afb2b056ca30a9c52b2151acd12fe533d044bc6bab6af449eaccd52d1795a83eb946', 'in_progress', 5, 0, 3, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (14, 'NTQC1RAB04D', '7fc55bdf8fbfa0cc2c6c9a56cbfed5dfb4572999d859550da6c5afd83caaf8db', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'answered', 6, 0, 4, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (15, 'H8DZFMD5FBZ', '7b96e37015d9f7f1514ceb1a5b71d954d75a46689a64a9588cb2d56aa699b3f2', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x426e5767fa874e117de81c6ae25e167510880bd9642507240717be1063d776da014ca618026817c46e0b472547d2b143bb41345a6bd03a5c755ce113b890ae98', 'appealed', 5, 0, 5, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (16, 'AFYYPPHQ3DX', '16f91ced61e47955e6ce7713bd8a89d28481c855054237137bea4c02d05e60bb', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\x964c4a9ec7fc47fd8735f7e8614adf227224f5dd43c4ec4076f9d83baa785db139655f836c098fe77d2e47bac2ecfa7de22a2646ec93cdafd0a87c9837409329', 'closed', 4, 0, 5, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (17, '6YA4A5CPPVH', 'bef6f44830ecc85e8025c84dba74a8ab2bedccc617f9b28e112384c9ead035e0', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x39f675e81c7bd7412b1e62db3d0768893fb62cd951ebfcbeb6225090d3b6796d9779a51c764b0d1ae5c3ecf3cbc36acb2e00ecde17b19bfe7329020377cda5a6', 'rejected', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (18, '4T79SNP3252', 'bef30b7a119a084ebeb180cb124ab9e9cb1929a04dcee14e0bb2b9bb0b2493b3', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'withdrawn', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (19, 'FM8NX8R4MDT', 'f2fcb0c9b0e86ab5755747f3761597511462108c7887a720f0f05db08dba6ad2', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\x1fcfcb79d48b069b5146e71bdfa65bb4d8d8f6cf578ecb3551b33ba066e4605da06c0c9d814489c1a8dcb6bd3e0aaf8026a69da3df8cfa58e942837389523526', 'received', NULL, 0, 0, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (20, 'KQYSJBZF5D9', '9af9865291e702cba224795a84a386c52dba9bfd7f064650d2abfab4cb03fd97', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\xe9a2d2779f3741069cc9c7c3d983c807266c1df377a6420023a8d6b648861d5657a9bbadc5d58d1a7f70741748eb79d15d1cd91c63c7f68550a37a8dd76647dc', 'accepted', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (21, 'KR97DDBW593', 'bc49cf65766bb3e3277a848dd5986a332cdcd8a5b4726b5a080931b2461afd4b', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\x3aa66655ca9a878bed078414b7b42afc6b6ebf7cc8dcc6b14b2be5e23ede78575398b9f5ea8ae592d38ec555de14d9cc3cd653ce954b6889e9de5abab8a21220', 'assigned', 10, 0, 2, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (22, 'NAMWHYMWJ4N', 'c57257f2c97eb5916e5ff82646c9df204217531862de2c5def9c6b594f7f1ddb', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'in_progress', 9, 0, 3, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (23, 'H85SJY754CB', '8ea882d60ab12312b68a42c630da49de0f75da795fad84a9daba44ef55fa1e70', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\x72224a40cc5aee870fbe21a1337c4d288cf4bb8ad1431ca8410954aa378a2516bb8d61f431f3fd8d6447f07737354e149c7ccaa563472608a325adaebf5c156b', 'answered', 11, 0, 4, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (24, 'T4JK515HF4Z', '8fc0a6eab063d321bd96d924e42944283e4ee42318e9b6cd75836336153b17a3', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\x777de958f05ac4d6fed1f974575b4112a8db6fe4c365c9cd3c2cdf3f959d64efc4a95fbf9e3e1bff2b862d5885b1445d003f7584db9365129e54c715ddf0b9f4', 'appealed', 11, 0, 5, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (25, 'XCF5HH7JK7H', 'd1bad1180891662815a8c0d7c74b5cedee9f76efe384d373f334eb9101bf926d', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\xe9808fcf917a8d0066f8b8a7a4849e6a629907d492e72213930274fdf2457aa981626d8fd4415d84c99911f6b5ded261c04988d4a9ddaffc2a913340734ff870', 'closed', 5, 0, 5, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (26, 'G74SG6FY1CA', 'bf94ade77d2436ffa6b34a3a71e185df91e1121f0e9c7fdaffa840cc5bf79b03', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'rejected', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', '2026-12-01 00:48:21.460741+00', NULL, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (27, 'ZSDC5MDD852', '3b193e53c94430cd6dc9bfeebc5aa628301b16d08cea9632f8647ac4ee14e812', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x672e0c205b4af07831749ffd08cf57f23a7990fa9c6ced69f7cf3b848b680d97955db7d5d45dd35b2cc2221b7043c8f1519d4ca166ce9edf348f3de069911db3', 'withdrawn', NULL, 0, 1, '2026-12-01 00:48:21.460741+00', '2026-12-01 00:48:21.460741+00', '2026-12-04', '2026-12-14', NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (30, 'D1XEVR1P5KJ', '8ce980c0dbd9a03161a01a943c037d68785233e79ed2fa4c48461c47a018223f', 'complaint', 'phone', 'fr', 'SAN-FEES', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'On m''a fait payer un carnet de santé qui devrait être gratuit.', false, NULL, 'received', NULL, 1, 1, '2026-10-21 22:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-10-26', '2026-11-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (31, 'BGX5DMF6XKR', '57da5e9af499fff5f552e5365852a040121c0533a1f3cff7b9524e6722cbfb9c', 'complaint', 'web', 'dyu', 'JUS-DELAY', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.', true, NULL, 'received', NULL, 1, 1, '2026-10-24 21:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-10-28', '2026-11-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (32, '2ZK9CN5TW29', '790bb6d7497251de88784d1b7ad3d0e256cb61802e81bc2f3389f76cba47954e', 'complaint', 'ussd', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.', false, NULL, 'received', NULL, 1, 1, '2026-10-28 20:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-02', '2026-11-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (33, 'K2E1DS5T5W1', '80b6bcf58957fc8ac414dc7708a47ac16600d92379a3473352d3a0b0cff4e704', 'complaint', 'web', 'mos', 'EDU-ABSENCE', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'L''enseignant de CE2 est absent depuis trois semaines.', false, NULL, 'received', NULL, 1, 1, '2026-10-31 19:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-04', '2026-11-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (34, 'NMDKN951QVJ', '390845e655e2180856ad332379b971f4ec6dfc7e22750b11b7a74437e4db20e1', 'complaint', 'sms', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'L''accueil a été très désagréable avec une femme enceinte.', true, NULL, 'received', NULL, 1, 1, '2026-11-04 18:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-09', '2026-11-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (35, 'J9VPMCYFQ77', '53c718b5f3d537ea5179b0621308bf861e1c165558702b52b80206c5a1b4269b', 'complaint', 'walk_in', 'dyu', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'J''attends mon attestation de travail depuis cinq mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-08 00:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-11', '2026-11-18', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (36, 'YVZPC2817F0', '520e4578386bb00870edd99b1d021b329790eb9367ae51d858bd3fd0fd917d9e', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-10 23:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (37, 'J02WPRCZSYB', 'b3bc14bc79d118e0c82a8a3e1773cc25de56277f1cb0d606d2764446d0f71953', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école demande 3000 F de frais de table-bancs à chaque élève.', true, NULL, 'received', NULL, 1, 1, '2026-11-10 22:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-13', '2026-11-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-TANGHIN-A');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (38, 'V086547CNAW', '5e9d8d48de5f180e393a1403a541fb17bba0f2d84f5fe8d1f0ab1c554a12a4e3', 'complaint', 'sms', 'fr', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.', false, NULL, 'received', NULL, 1, 1, '2026-11-11 21:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-16', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (39, 'Y7FBSN7PESP', '9eacfc999912888f8fee9bccc081a478d94be5f310507f800e9f49e40477107d', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130006', NULL, NULL, NULL, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.', false, NULL, 'received', NULL, 1, 1, '2026-11-12 20:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-WEND-KUUNI');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (40, 'N36G9TZ41T3', 'b908148460b12ea129b1bc106f0f339c6fdac26b045290c27e2a8dfe022d15ef', 'complaint', 'ussd', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'La cantine n''a pas fonctionné depuis la rentrée.', true, NULL, 'received', NULL, 1, 1, '2026-11-12 19:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (41, 'SWEC2T9JF5A', 'acf6db676e4ac30f8cc17bcdde3c5d9a69cd6e9cac991c6e1942f53fbdbb3761', 'complaint', 'web', 'mos', 'JUS-DOCS', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'On me demande de l''argent pour délivrer un certificat de nationalité.', false, NULL, 'received', NULL, 1, 1, '2026-11-13 18:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-18', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-OUAGADOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (42, 'ER0HGGC3STD', 'c00b260a3c8c61c8aa269c52b743327e4d4ad8b7594064224ae695ca7bf1ca4a', 'complaint', 'phone', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le major du CSPS est absent tous les vendredis.', false, NULL, 'received', NULL, 1, 1, '2026-11-15 00:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (43, 'JNNZ5VBW0Q0', 'ce5cf8e0e4f0a5b128c75197b25c042d6bbac39417feaad3667727c3349a5156', 'complaint', 'web', 'dyu', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Attente de toute une journée pour une échographie.', true, NULL, 'received', NULL, 1, 1, '2026-11-15 23:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CMA-DO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (44, '2NKB6YM2HQF', '5dec9cba3c79f2e359de5c96e202e49c6a1154d327d4bc7f680778fca3039b39', 'complaint', 'web', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Un agent a insulté ma mère à l''accueil du centre.', false, NULL, 'received', NULL, 1, 1, '2026-11-15 22:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (45, 'MCF8N70PHMB', '67a7ff1de1c89e5cf70f74026b9b41283c67f4a3547269a643b46cae8d036432', 'complaint', 'sms', 'mos', 'FP-CAREER', 'FP-BF49', 'BF490304', NULL, NULL, NULL, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.', false, NULL, 'received', NULL, 1, 1, '2026-11-16 21:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-19', '2026-11-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (55, 'YXQPH5575P3', '7a2e0df83d856cbc248c1ca4c516bccdc2b3f0bd015a10c4522e1defd0e7dbe4', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Le vaccin contre la rougeole manque depuis deux semaines.', true, NULL, 'received', NULL, 0, 0, '2026-11-26 18:48:21.460741+00', '2026-11-26 18:48:21.460741+00', '2026-12-01', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (56, 'BW0G5BHYYER', '4d7e82634b916452c6df2da832b334beeded4fe2f7aa2f32a54f4ede4d28ec8b', 'complaint', 'web', 'fr', 'JUS-FILES', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier a été perdu par le greffe.', false, NULL, 'received', NULL, 0, 0, '2026-11-28 00:48:21.460741+00', '2026-11-28 00:48:21.460741+00', '2026-12-02', '2026-12-08', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-BOBO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (57, 'V5CBHYHZHWH', '8f969f7e556b5c755c3be94df855f6547d3ab88b1f75ef51457a4f9f7e60de57', 'complaint', 'ussd', 'mos', 'SAN-WAIT', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Attente de cinq heures pour un vaccin.', false, NULL, 'received', NULL, 0, 0, '2026-11-28 23:48:21.460741+00', '2026-11-28 23:48:21.460741+00', '2026-12-02', '2026-12-08', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (58, '9D910QS6HST', 'd1a61c044c757ca9f6cf5e13fbf733d8fa3df7ce7e9a87d53b08e5f0db50fe0a', 'complaint', 'web', 'fr', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un acte d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-11-29 22:48:21.460741+00', '2026-11-29 22:48:21.460741+00', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'DRFP-GUIRIKO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (28, '0BQFBQZV0SJ', 'fe2be9976d2b4ef7803fcc83391bc0d916d255e6b3198db57c0c7917d3ed21bb', 'complaint', 'web', 'fr', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Attente de plus de six heures aux urgences sans être reçu.', true, NULL, 'received', NULL, 1, 1, '2026-10-15 00:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-10-20', '2026-10-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (29, 'VBSWY37CQ3X', '1aadacc38f27216673d8c317cf3f13797251f5f33b9b903d49f3873e6039f6bd', 'complaint', 'sms', 'mos', 'EDU-FEES', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.', false, NULL, 'received', NULL, 1, 1, '2026-10-17 23:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-10-21', '2026-10-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (46, 'DDVNMJ15NMH', '12bf36bfcf392398999cc3158c398ab8a0fe9050cb3901c984b1d1c0a0d4f81b', 'complaint', 'web', 'fr', 'EDU-EXAMS', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'Des notes du BEPC blanc ont été vendues à certains élèves.', true, NULL, 'received', NULL, 1, 1, '2026-11-17 20:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-20', '2026-11-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'LYCEE-OUEZZIN');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (47, 'QDK3979GJTE', '95656c3a18059c52d1a79f34efa82e95b932a6aaaf06bf8eba3bf19011ba7f1a', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'On m''a demandé de payer les gants et la seringue à la maternité.', false, NULL, 'received', NULL, 1, 1, '2026-11-18 19:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-23', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (48, '0JVMTRR82NQ', '85f63b40cc45a37254a875eb86843a0e192054891686cb5715926163df83574c', 'complaint', 'web', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130002', NULL, NULL, NULL, 'Les vivres de la cantine sont vendus au marché par le gérant.', false, NULL, 'received', NULL, 1, 1, '2026-11-19 18:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-24', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KOMSILGA-CENTRE');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (49, 'KTAEXQT0G6G', 'abb1e79a15c6ec509e61b4b3e2beba1b24de3e0311c59aaac73c55cba1a336f4', 'complaint', 'ussd', 'mos', 'SAN-FREECARE', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.', true, NULL, 'received', NULL, 1, 1, '2026-11-21 00:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-25', '2026-12-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (50, 'A10Q99Q1CF7', 'aaff0f06c3d98f8676a3da6d63e1c53edc2f571502e2d40f2fd2d23860ea5e39', 'complaint', 'web', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le centre est resté fermé deux jours sans explication.', false, NULL, 'received', NULL, 1, 1, '2026-11-21 23:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-25', '2026-12-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-KAYA-5');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (51, '7V5NHHGVK7P', '8493f7431d89aef2cba2c7bb5e1609092fa3fa77c259ca96c06ee8e6d53c04c4', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF50', 'BF500105', NULL, NULL, NULL, 'On fait payer les pansements aux malades hospitalisés.', false, NULL, 'received', NULL, 1, 1, '2026-11-22 22:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-25', '2026-12-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CHR-KOUDOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (52, '3JAC30BMK0C', '12d121e547bf4e285d6db3cc7f9aab438f72f4062c0359b31bcd06c8f1e596fc', 'complaint', 'sms', 'fr', 'EDU-ABSENCE', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Deux enseignants de l''école sont absents depuis la fête.', true, NULL, 'received', NULL, 1, 1, '2026-11-23 21:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-26', '2026-12-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (53, 'XZ3FS38CZY8', 'bc0f932d0fb470ecdd812c9df53bc601f10462e3648753b426ed7fe22ba9918d', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'Le directeur exige une cotisation pour la fête de fin d''année.', false, NULL, 'received', NULL, 1, 1, '2026-11-24 20:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-27', '2026-12-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KAYA-B');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (54, 'P679DHCV5DK', '3da07245107fa443e90c43f9daab4c3cd8cc121ee1c3b7cd05b1e1d63afe354d', 'complaint', 'phone', 'fr', 'JUS-DELAY', 'JUS-BF49', 'BF490304', NULL, NULL, NULL, 'Mon jugement n''est pas rédigé un an après l''audience.', false, NULL, 'received', NULL, 1, 1, '2026-11-25 19:48:21.460741+00', '2026-12-01 00:48:22.546313+00', '2026-11-30', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (59, 'FAKCTG6MQ3B', '1a260ef461916b47ce158f1fb0e5e18b33b775d979650b4fd14b3e5a289aec70', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', false, '\xb5d1f5a24a4e40c6faaf128860ca0002ae56c5fbf35492c883db8f01f096347ccc2dd54672e239ba80d5230360cf90f157eb8f4d2d9f2c98517dc3ffdc4fbc79eb6647df74732d3adda849b65f9ce0d12da77f8dd44ff414', 'received', NULL, 0, 0, '2026-12-01 00:48:22.687029+00', '2026-12-01 00:48:22.687029+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (60, 'KS32C6R37YS', '1509630e6fd9b11996c55be3350ce1e2f21771812bbdd76558190eb94d7f6d67', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', false, '\x7e199aac69b341bd447c98c138f619c7611cf571709be794814dbef1740e24b41fbb2ec5f27445599ac1cc897db213e016a0ae7b36cd6f2a85aaa2e44f3f04191e4978d110f3d90075f6537a4f78b908b13036ea9c2aceba80', 'received', NULL, 0, 1, '2026-12-01 00:48:22.706995+00', '2026-12-01 00:48:22.721246+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (61, 'C0Y85H7TNEH', '12d34fa4c1650eb5def9c9f159985786f7e108d619fcae0236d702691f3c6c3b', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', false, '\xa15ed9593e59d8a3ba078b3ea86b7b56b068e1bb706f8cf6a4771d3f2397f97d249c05b3e70497b185180d0b193104d65256858f448d40f0bd2b7b0e476eecd0', 'received', NULL, 0, 0, '2026-12-01 00:48:22.977186+00', '2026-12-01 00:48:22.977186+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, '025d8a3dada2bdfdb906ad91183aff379aafcc940b7400ae6513f135948929f8', NULL, NULL, NULL);


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

INSERT INTO public.guide_versions (id, category_code, version, procedure, templates, created_by, created_at) VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-12-01 00:48:22.937066+00');


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

INSERT INTO public.inbound_messages (id, channel, gateway_id, sender_key, received_at, limited, reply) VALUES (1, 'sms', 'fixture-v25', '025d8a3dada2bdfdb906ad91183aff379aafcc940b7400ae6513f135948929f8', '2026-12-01 00:48:22.977186+00', false, '\x5318ae078938556e0813d46fe570bd81c7c68ecfb26f689dc99748ff934aa1a371b291933492c39232430c385e5dd62680fa9da6f850ddcfb33abbea68922b8fb5d084b4200997fde477ba6e5812cd1ba5c64f78c8b915c0ec48a3987303d8c333d8053a7df164040d933836d36e7a89084720fc8b9325d4a2180b7898f2681fadc31d4e734163834ca0635bae8f41da02f18b00f6fd5b58ad522f87001f49700e23c20659f3a4e81f0ba847ced738eb3501819b82e6b25cbb5b0666abc5ffb9001a');


--
-- Data for Name: intake_days; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'SAN-BF49', 'BF49', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'EDU-BF13', 'BF13', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'EDU-BF50', 'BF50', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'EDU-BF54', 'BF54', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'EDU-BF64', 'BF64', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'FP-BF13', 'BF13', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'FP-BF57', 'BF57', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'JUS-BF53', 'BF53', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'JUS-BF63', 'BF63', 'api', '', 2);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'SAN-BF53', 'BF53', 'api', '', 3);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'SAN-BF13', 'BF13', 'api', '', 6);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-15', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-17', 'EDU-BF53', 'BF53', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-21', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-24', 'JUS-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-28', 'SAN-BF53', 'BF53', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-31', 'EDU-BF49', 'BF49', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-04', 'SAN-BF13', 'BF13', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-08', 'FP-BF53', 'BF53', 'walk_in', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-10', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-10', 'EDU-BF13', 'BF13', 'web', 'EPP-TANGHIN-A', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-11', 'SAN-BF53', 'BF53', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'SAN-BF13', 'BF13', 'web', 'CSPS-WEND-KUUNI', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'EDU-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-13', 'JUS-BF13', 'BF13', 'web', 'TGI-OUAGADOUGOU', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-15', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-15', 'SAN-BF53', 'BF53', 'web', 'CMA-DO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-15', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-16', 'FP-BF49', 'BF49', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-17', 'EDU-BF53', 'BF53', 'web', 'LYCEE-OUEZZIN', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-18', 'SAN-BF53', 'BF53', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-19', 'EDU-BF13', 'BF13', 'web', 'EPP-KOMSILGA-CENTRE', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-21', 'SAN-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-21', 'SAN-BF49', 'BF49', 'web', 'CSPS-KAYA-5', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-22', 'SAN-BF50', 'BF50', 'web', 'CHR-KOUDOUGOU', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-23', 'EDU-BF13', 'BF13', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-24', 'EDU-BF49', 'BF49', 'web', 'EPP-KAYA-B', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-25', 'JUS-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-26', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-28', 'JUS-BF53', 'BF53', 'web', 'TGI-BOBO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-28', 'SAN-BF49', 'BF49', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-29', 'FP-BF53', 'BF53', 'web', 'DRFP-GUIRIKO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'EDU-BF13', 'BF13', 'walk_in', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'GEN', '', 'sms', '', 1);


--
-- Data for Name: intake_receipts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('web:0999e9d9ec023cafa438e2739ccf55bf:5d73f19453370057', 59, '\xaffb4f944e7f053c8362b6248f7f9efc0c80a37c0dc3a5a9701ec42f4f022328538c319fa4c0a167313dd37891d564a7', '2026-12-01 00:48:22.687029+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('api:staff1:fixture-v25-1:56874d94594a999763fbea2978c3fe0f', 60, '\x9bb52ce20d73d5053b3b1914fa540f07c2615f43da21a8d20ddf4617342a037a339149802e8991d468ba01ea61ceed04', '2026-12-01 00:48:22.706995+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('sms:fixture-v25', 61, '\xdd3b278996b3dd439a02f111ab228c157fd33bb66ec33b42b5877b25e4ea64df1447c87ff8dcd817ec456168976c1cda', '2026-12-01 00:48:22.977186+00');


--
-- Data for Name: key_rotation; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (1, 1, 'sms', '\x8a16fac3bc5e7cd74341221d3eaa0b97e03888a181a2105e6ae8532f141504742acc56758ad05874ce95cdb3990a06e740280b1b', 'fr', 'receipt', '{"code": "Q3SS-J9TY-SY6", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (2, 3, 'sms', '\xd718dba163c872e6a6bd705b9c2c49362b34e13b240e12ae20a164bfa1e0247f959ac2bc8ad7f622f6bbc7bd9d660b785fd78c00', 'dyu', 'receipt', '{"code": "PQZ9-5V8B-YVV", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (3, 3, 'sms', '\x0e84b4b591e5738d8888b693b01d5ff7f854964e2f02e576f3b17c3fec2ea8b1f24cb2f7ad4b1af19ad17dfb6346313fc8c3fb25', 'dyu', 'accepted', '{"code": "PQZ9-5V8B-YVV", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (4, 3, 'email', '\x9848464f65d4c30a8c7f333da13f6014be9fac8389fc9940be87e4848508667e1ad57bad56a656b48832a3ed9e1427d02d1b5c859775a5178532fff85ce521318d477933405041e62f48c0', 'fr', 'assigned', '{"code": "PQZ9-5V8B-YVV", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (5, 4, 'sms', '\x6b1f4c06e165d4a7f25bc4f7a551b4aa3a5f4221a0bcd6f239118f7ea0744f6e3823ab90510fb9fa9c9bb3ebd0b694d4586890ba', 'fr', 'receipt', '{"code": "X0FH-FZNB-W0W", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (6, 4, 'sms', '\x66085cc0e10d79fd54884edd6f40cf3b60aa3b937348d2ab7002fac5af228e9d2f679bc16dc945be270610ff5b01cac73459e0c9', 'fr', 'accepted', '{"code": "X0FH-FZNB-W0W", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (7, 4, 'email', '\xbe29d84efdcece3bb44b7f2ee499f702b9e5a0e0d5e4baf1955c19d6b551c5f1fb5fa000c8774cc91ae57bc21879c80b3d7e4f2113efa69f9682488341e9e115e14956f3d1bf60b7ef', 'fr', 'assigned', '{"code": "X0FH-FZNB-W0W", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (8, 5, 'sms', '\x4429e5412716f246930dbd7a0a0298c9ed1fd5485748754bd9605f4e3ab492142b48df7e15cb6871bb9126f5ecbe80c8258ec48f', 'en', 'receipt', '{"code": "BPDS-X6JH-NS2", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (9, 5, 'sms', '\x8f6f3f45d2e4653d717c23d9a1c0fcd2a1e31ce8c2c81b659955401f862b17d2777cbd81f6006edd46563bf00fb78600b9a4af2e', 'en', 'accepted', '{"code": "BPDS-X6JH-NS2", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (10, 5, 'email', '\x6ac13a6ef3196a94c5d6b40eb51463d559184a7931a5864d91553c1d13fafa5aec5fa314d6ee521761100624b7cf7617d87bc0f631b4df3d1d754893ed4735d0b9c29f47240cf698027cf10c7654da', 'fr', 'assigned', '{"code": "BPDS-X6JH-NS2", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (11, 5, 'sms', '\x60ecfabc5e588e3aacbe6bf4f8af20294af0ee477e6d50850c6fd7a00ef03c05b8d12228a0df257c19e5c7ae7e140d2e141fefea', 'en', 'answered', '{"code": "BPDS-X6JH-NS2", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (12, 6, 'email', '\x64d5ab5ec5771207f25bec1b6468e1b57ea9007995c3fd3f742651a362a235ed0a977c328978b0f346cf3379f76074cb03676fe86f249be568fa28c7aca15495aeb069b1c3c908ea8d2794b27b', 'fr', 'assigned', '{"code": "P2CC-WSW0-HSK", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (13, 7, 'sms', '\x9bb18e157a4b90e2ecd72b3798020bed0c1ed9195a5296774cc13fa1f0e39a897f804fed1142c5b99c97402c88941091a53e0b47', 'mos', 'receipt', '{"code": "SGZ2-MZ26-6W3", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (14, 7, 'sms', '\x60d8118354cdce22ff701745b01769ac7f785c5679f171212c17e5957db5df9dec1fdf77ead96d91f6813c6392eae2b7b451b025', 'mos', 'accepted', '{"code": "SGZ2-MZ26-6W3", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (15, 7, 'email', '\x8b291681f7fc3f0f00d41d86fee0e2c9b83be143f1dd2941aba27ca9c6aca1f514aad72d6c289972b3bb709937b7858ec59d25f90c901d6a50281b65690f760a9e6652e4bcb06f7dd556776544', 'fr', 'assigned', '{"code": "SGZ2-MZ26-6W3", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (16, 7, 'sms', '\xb0322af3da67dcdd16535086d0d7eef327470f8127a7dd558b3059a8f5ed660fe7705b9dc3e85f46d077d25a77ad5dbe6bd7ce50', 'mos', 'answered', '{"code": "SGZ2-MZ26-6W3", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-CANTEEN", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (17, 8, 'sms', '\x9753e9a7323d9958dfe00508bc411d4cc296e22a0490565977b29d689dc19c108e43f2fe4be77594145bf7dd20f8c022a0e7c944', 'dyu', 'receipt', '{"code": "8AEB-TTV1-TD0", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (18, 8, 'sms', '\xa3f272bc6dc2929ecc7e57763e164cfd6a5dfed3913df777b691187601d238b7553cc3b82ff93eeef21dba60a1429eaf9935f7ef', 'dyu', 'rejected', '{"code": "8AEB-TTV1-TD0", "answer": "14/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-EXAMS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (19, 9, 'sms', '\x1066b37140f4317fe239e00b7b7dba0a9bcbd84762684aa019e3eb76fb36d404fba5742efe5265fa1e1df06e95df7fd99fa89210', 'fr', 'receipt', '{"code": "QST0-5SR5-5B7", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (20, 11, 'sms', '\x10e4877ffc3d4d31406349b7db80256da83dca73a5b8879ff9b67a662d785cdf2b9fc63f300cbb9c87387617a3ec3783f6d9f929', 'fr', 'receipt', '{"code": "EZZD-PHYN-GH5", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (21, 11, 'sms', '\x933fe10feb3f5f41f4578931f674e5103aed6f4fce3138983b443dcf86edece3b96fbd831119ffbd25c1a0d16ca7a08d3d6bf93b', 'fr', 'accepted', '{"code": "EZZD-PHYN-GH5", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (22, 12, 'sms', '\xf07ef649e845267f20837cbe576082660fd45f23fbfe653d9af8dcd115ddb0feb544b11d7ccfe609bbbdff1c013fda310a7ad5fd', 'mos', 'receipt', '{"code": "763R-2VRA-6BR", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (23, 12, 'sms', '\x9926aafed02f80020b1f1311ec1476bcff6da09741584b8f3fb78f59a0b1be344593d0f8af5c7ce53747a0633db5439fe88c92b6', 'mos', 'accepted', '{"code": "763R-2VRA-6BR", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (24, 12, 'email', '\x4cf78089eee173135cdb0e0dfdce9ccf72fa14cc6681cf34d5ed29481b97cd49dd1061b4b7ed52abc0aae39447caefd77f1d3125c6053bc36a348ad9c7a5015252b48bf63e4ac03e61431b', 'fr', 'assigned', '{"code": "763R-2VRA-6BR", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (25, 13, 'sms', '\x7dec7467b05db9dc7ff7b574b88dbecec8037d76a8d6ef9d29d1946f50e810c1ecfa699518c7d9d2e80fbfe770a8f249127f4b9e', 'dyu', 'receipt', '{"code": "7VS9-2BYH-RBG", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (26, 13, 'sms', '\x4c3dc09c2040e1376ddd5969cf27997426fdc0a6e1d12b2dd086cfdcf6a5ffb566d51d19952c4207f84680b84af86918c9be21fc', 'dyu', 'accepted', '{"code": "7VS9-2BYH-RBG", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (27, 13, 'email', '\x60ff715f0ec982a71d68716f3e295919c54b519f63234ec7f14cc40b08de726076542bfb87def7e5319ed5850285a4614dad9254fc0d1e47d29a19dc363e3251bc386ed759fe72dfb7f6f5', 'fr', 'assigned', '{"code": "7VS9-2BYH-RBG", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (28, 14, 'email', '\x39af09ad71f1915efdd709550ee5d1abd103f99d1343b6bf9d3dc5f42001ac42b57fb26a24158fe4389343bed0b685730f5e524be35149cb020fe083254907b82d26bc8e3b2907cee3260e', 'fr', 'assigned', '{"code": "NTQC-1RAB-04D", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-STOCKOUT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (29, 15, 'sms', '\xbd933bd4484dc97dd138371c99d5dea30fcba6c2e9a158cacdeaffc4a3f1abc90ebf3c270c265e7bbc499248d615fab6d5e1414f', 'en', 'receipt', '{"code": "H8DZ-FMD5-FBZ", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (30, 15, 'sms', '\xb3161ea4ebbb320bd8aa307b0f93cd1a3789762bde537b8acbd007a09f67d468d412177a558a383563fd0b08cb40a4d2a32f1571', 'en', 'accepted', '{"code": "H8DZ-FMD5-FBZ", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (31, 15, 'email', '\x9046fa9cd93e80c7a058eee83d9ec4ac8d8998a0b41336c8ece4530dda0b13ff0f1db4360899eec2f69b70a39e40f24886497586ac74972c9192cdab33dd7ecc3db12fd409c7b6f1654cca', 'fr', 'assigned', '{"code": "H8DZ-FMD5-FBZ", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (32, 15, 'sms', '\x19d3f434d43ca3687bd76e86aa8ccc9a1296e2d63a4527d9709cd385edca7379c21d11f063cd7a560067018159e363162a8325c7', 'en', 'answered', '{"code": "H8DZ-FMD5-FBZ", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (33, 16, 'sms', '\xe1b2210dd1f2f6f6cd1c8a1fe4486ef10bb5c975c59fdaff027ada5b2b7374879c3a962325aad99d1c55300f12201f3e7593711f', 'fr', 'receipt', '{"code": "AFYY-PPHQ-3DX", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (34, 16, 'sms', '\xfe8a08f84e1e7d8211e0d757d0598fd4622f032548028419393454b58d09cac68a9dc4ecf515565ce0481f7feb4bac39f00f63f0', 'fr', 'accepted', '{"code": "AFYY-PPHQ-3DX", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (35, 16, 'email', '\x4f8b02640249539024fe829dca5e47f698630396687c237f0f2331b14795658eb68dcbdfebe3f39512060cdf0bc14bb7994e75f785e3795c7ad45b430b6466a4c22c5b88897bc43521', 'fr', 'assigned', '{"code": "AFYY-PPHQ-3DX", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (36, 16, 'sms', '\x06aed31f6c7a6a1f9b4ff481f38ade277a72b7f1065d992041cb09493b1d91c06eb4cd7dee4d4864f9d5a80c8f76ec95d4e1c5f7', 'fr', 'answered', '{"code": "AFYY-PPHQ-3DX", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (37, 17, 'sms', '\x6ad74132b0785180d94155f59951ddfb68cb52e6277b9c66b096fa9c74fecb018c974e16caccc4c369e199e63f6e29ee296f3f47', 'mos', 'receipt', '{"code": "6YA4-A5CP-PVH", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (38, 17, 'sms', '\x7c4ac320c634241f7fd9aec7b207f6d3825093c99128a94d3ccb822ef9b03b9c8e51732d9fd956140f4780a5c0ab86eb64c5227f', 'mos', 'rejected', '{"code": "6YA4-A5CP-PVH", "answer": "14/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (39, 19, 'sms', '\x1a3918f01e9df3901e9bc0888f891ff4b0eaf3d430b7e6c20d9b215d3392a5615b958f028de44eec911af09709d2748b97b53521', 'fr', 'receipt', '{"code": "FM8N-X8R4-MDT", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (40, 20, 'sms', '\x24bdfadd2d21ec21b9445ce04a8a4d5fc7e19906fa863fc2ce2969bff3b246efbc33b423f19d8e3369519616f62cb9ad58964458', 'en', 'receipt', '{"code": "KQYS-JBZF-5D9", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (41, 20, 'sms', '\xa4210d386c5956b68fa70b5ddac4eee98d85d7d3645d5a14ec45a66b1195691bf3800fd98d4f21cfd19f74ca2e9915a91dfaaec5', 'en', 'accepted', '{"code": "KQYS-JBZF-5D9", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-EXAMS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (42, 21, 'sms', '\x840902aaa78a518de396ed21d7e70faed654815f72fcac861dd383fe6d7763bec4e1e917d1b7998e02fab7168b57dfb989f87530', 'fr', 'receipt', '{"code": "KR97-DDBW-593", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (43, 21, 'sms', '\x00070ee8e55a32d1f2f71f1258e48520390d6a98c7145c01da1497d296829077677d16a6d0598e387c1b29d84b9d38089c43fd04', 'fr', 'accepted', '{"code": "KR97-DDBW-593", "answer": "14/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (44, 21, 'email', '\x1a30a8708286040a47a381f902482363ea9c00df963ab385e82a34427f025fe906f7033184c8ce96809564f1744f52eba35e10c1ce7fa3c66985517a1aa93ddec5a4ed27b0a74dc3', 'fr', 'assigned', '{"code": "KR97-DDBW-593", "answer": "14/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (45, 22, 'email', '\x75e6a34c98a0be4d5d41bb7258bd7d53745f7999aca28af0d1abdf051314fe21fb6f50046b03270d7203f6d33e7c3b0e677fac9b10c56b17808177466ec49362d32baaed8288', 'fr', 'assigned', '{"code": "NAMW-HYMW-J4N", "answer": "14/12/2026", "reason": "", "message": "", "category": "FP-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (46, 23, 'sms', '\xabeefa8c98fafe3b86e9253726e4e388ba7785850d82081f8b7fadf028def662168f67c4dc26adc065538276bd66a5757151be22', 'dyu', 'receipt', '{"code": "H85S-JY75-4CB", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (47, 23, 'sms', '\xe322df1fa5afcae903763e48ac22ef2d5afb16d537dbdd52ccdf611610a1599787b34a737888506a66d2de39be138f75c497bf9b', 'dyu', 'accepted', '{"code": "H85S-JY75-4CB", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (48, 23, 'email', '\x3e6d84c6a8bcc8af83201f9dd809d8b4ca3e796509a04689e5e154fc1f2bc2bc84f142d0447209313d7685ae174c05738c42fa80c990aca64be7db4cf04831d6adcb5f3a9ba9a93663418c', 'fr', 'assigned', '{"code": "H85S-JY75-4CB", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (49, 23, 'sms', '\xf611e3dd29b19d103a661c06404288c5aca69eeb7fe5d266fa19a32c8c738e59373d200dedcd076c2d0616de672a1b2b2ace55d5', 'dyu', 'answered', '{"code": "H85S-JY75-4CB", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (50, 24, 'sms', '\x9e12bbab1364f80fc52122d03a4f3c6f47cb2654496867b1fd3b23aa6f04c62e3fcd232b8f781b332e1615133c2c298f1f02d42b', 'fr', 'receipt', '{"code": "T4JK-515H-F4Z", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (51, 24, 'sms', '\x1492accda657aab08976fc0f9c19fd6a775d1ac84ebb0e04ae6d6d0db71640cedbb5085c3210687005988c5dc0a73193efc461d4', 'fr', 'accepted', '{"code": "T4JK-515H-F4Z", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (52, 24, 'email', '\x2fa44bb815c4122ec4814a056e5faf9089bc24c5a1a0876a985682bda613449514123daa64c487342f28a4726a4ac0224fedf06d76396437ff74d43ec2a3b80c3311e6c195975e2eb18a95', 'fr', 'assigned', '{"code": "T4JK-515H-F4Z", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (53, 24, 'sms', '\x403872ab60c8c474407318a3fb859736c924a4d0ac4d2d5f72e0d3ed5cec6ecc2689963c65523720381a7ce720b8a82c013b76bb', 'fr', 'answered', '{"code": "T4JK-515H-F4Z", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (54, 25, 'sms', '\xdcd29cfdbf03bb88e4319b646c2971072c4a6d2fc677ec71335c8c6689fa54d53c6012db34b20607819d9fd70794302fcfe826bc', 'en', 'receipt', '{"code": "XCF5-HH7J-K7H", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (55, 25, 'sms', '\x26c5547df57e2f857eb6aa7d88c64b2e8e0758197ff477777f01d32d2db0133f834d4b21a3202e904c783373b458ba5c0a634d88', 'en', 'accepted', '{"code": "XCF5-HH7J-K7H", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (56, 25, 'email', '\x50b1034b7cbc189eeed37ab7d283647e507dc724f8e99dedb84b0531b94143528f4606f1f11b7ac5964250458d29c43cd8c7323b3bd395b3a15f4c7dbcce255adfb3add024e5f37fdd850e', 'fr', 'assigned', '{"code": "XCF5-HH7J-K7H", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (57, 25, 'sms', '\x12c899c277b03034341ac986f040afb90236ecf5ae7efc30ebc7bf3450ad2ec709d350d8aba0fe6852c3644bd94dc5371d855014', 'en', 'answered', '{"code": "XCF5-HH7J-K7H", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (58, 27, 'sms', '\x150de97b6b6b3acb4eb1a92db7881d4e12f21bd9fd3038e77d6d6bd4ae5cb678e41a8ccd13d5564c54fc433ec0ece0e909651737', 'mos', 'receipt', '{"code": "ZSDC-5MDD-852", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:21.460741+00', NULL, NULL, NULL, '2026-12-01 00:48:21.460741+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (59, 59, 'sms', '\x05d0da24b35e083632b3aa0e8178a5a2df83bb46e925dc4713a745713c612cc97e960e3ebbac2c78f41c4cb35d40564a687e0f15', 'fr', 'receipt', '{"code": "FAKC-TG6M-Q3B", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:22.687029+00', NULL, NULL, NULL, '2026-12-01 00:48:22.687029+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (60, 60, 'email', '\x39625c4094c39a0a9fbeac963428e3e566d5649086eb0812869eee2553bb431635bf88a074b01ee13e2c2f4d905daebad031f11e49850a', 'fr', 'receipt', '{"code": "KS32-C6R3-7YS", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 00:48:22.706995+00', NULL, NULL, NULL, '2026-12-01 00:48:22.706995+00', NULL);


--
-- Data for Name: phone_senders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phone_senders (sender_key, language, stopped, pending_code, pending_step, pending_department, pending_until, updated_at) VALUES ('025d8a3dada2bdfdb906ad91183aff379aafcc940b7400ae6513f135948929f8', NULL, false, 'C0Y85H7TNEH', 'department', NULL, '2026-12-01 00:58:22.977186+00', '2026-12-01 00:48:22.977186+00');


--
-- Data for Name: poster_campaigns; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.poster_campaigns (id, started_on, label, region_code, created_by, created_at) VALUES (1, '2026-11-10', 'Affiches dans les centres de santé, écoles et tribunaux', NULL, NULL, '2026-12-01 00:48:21.460741+00');


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

INSERT INTO public.routing_rules (id, category_code, department_code, region_code, province_code, commune_code, unit_code, created_at) VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-12-01 00:48:22.735833+00');


--
-- Data for Name: secret_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (6, 0, '2026-12-01 00:48:21.559984+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (9, 0, '2026-12-01 00:48:21.586368+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (15, 0, '2026-12-01 00:48:21.636555+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (18, 0, '2026-12-01 00:48:21.66075+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (24, 0, '2026-12-01 00:48:21.708772+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (27, 0, '2026-12-01 00:48:21.731173+00', NULL);


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
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-PABRE-ANCIEN', 'EDU-BF13', 'school', 'École de Pabré (ancien site)', 'BF130005', NULL, '2026-12-01 00:48:21.460741+00');


--
-- Data for Name: sign_in_attempts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: staff_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('afc7d00f62236c8c4bd2e7ee0db47ea5a94930433d60bba0816ccae99dd53df5', 5, '2026-12-01 00:48:22.871145+00', '2026-12-01 12:48:22.871145+00');
INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('976771761b6de22cd452e7f89ef2c5f4a7dc8843c0451244112b9b647494427c', 1, '2026-12-01 00:48:22.910565+00', '2026-12-01 12:48:22.910565+00');


--
-- Data for Name: stats_answer_days; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 0, 1);
INSERT INTO public.stats_answer_days (month, department, category, region, kind, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 0, 1);


--
-- Data for Name: stats_cohorts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-ABSENCE', 'BF49', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-ABSENCE', 'BF50', 'complaint', 1, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'JUS', 'JUS-DELAY', 'BF53', 'denunciation', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-ABSENCE', 'BF50', 'denunciation', 1, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-CANTEEN', 'BF54', 'complaint', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-EXAMS', 'BF64', 'complaint', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'FP', 'FP-CAREER', 'BF13', 'complaint', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'FP', 'FP-DOCS', 'BF57', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'JUS', 'JUS-DELAY', 'BF53', 'complaint', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'JUS', 'JUS-DOCS', 'BF63', 'complaint', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-FEES', 'BF13', 'denunciation', 1, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-STOCKOUT', 'BF53', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-WAIT', 'BF13', 'complaint', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-FEES', 'BF13', 'complaint', 3, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-FEES', 'BF13', 'complaint', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 'complaint', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_cohorts (month, department, category, region, kind, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'GEN', 'GEN-OTHER', '', 'complaint', 1, 0, 0, 0, 0, 0, 0, 0, 0);


--
-- Data for Name: stats_rollup; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DOCS', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-RECEPTION', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-ABSENCE', 'BF49', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-FILES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-WAIT', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-ABSENCE', 'BF50', 2, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-CANTEEN', 'BF54', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-EXAMS', 'BF64', 2, 0, 0, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'FP', 'FP-CAREER', 'BF13', 2, 0, 0, 0, 1, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'FP', 'FP-DOCS', 'BF57', 2, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-CAREER', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'JUS', 'JUS-DELAY', 'BF53', 2, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-WAIT', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'JUS', 'JUS-DOCS', 'BF63', 2, 1, 1, 0, 0, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'JUS', 'JUS-DELAY', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-STOCKOUT', 'BF53', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'SAN', 'SAN-STOCKOUT', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-WAIT', 'BF13', 3, 1, 1, 0, 1, 1, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-10', 'EDU', 'EDU-ABSENCE', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'FP', 'FP-DOCS', 'BF53', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-STOCKOUT', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-EXAMS', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF53', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-CANTEEN', 'BF13', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FREECARE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-ABSENCE', 'BF49', 2, 0, 0, 0, 0, 0, 0, 0, 2);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'SAN', 'SAN-FEES', 'BF50', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-ABSENCE', 'BF13', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'EDU', 'EDU-FEES', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-11', 'JUS', 'JUS-DELAY', 'BF49', 1, 0, 0, 0, 0, 0, 0, 0, 1);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'SAN', 'SAN-FEES', 'BF13', 4, 1, 1, 0, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'EDU', 'EDU-FEES', 'BF13', 3, 1, 1, 1, 0, 0, 0, 0, 0);
INSERT INTO public.stats_rollup (month, department, category, region, received, answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) VALUES ('2026-12', 'GEN', 'GEN-OTHER', '', 1, 0, 0, 0, 0, 0, 0, 0, 0);


--
-- Data for Name: stats_rollup_days; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'EDU', 'EDU-FEES', 'BF13', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'EDU', 'EDU-ABSENCE', 'BF50', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'EDU', 'EDU-CANTEEN', 'BF54', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-STOCKOUT', 'BF53', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-WAIT', 'BF13', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-ABSENCE', 'BF49', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'JUS', 'JUS-DELAY', 'BF53', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'JUS', 'JUS-DOCS', 'BF63', 0, 1);
INSERT INTO public.stats_rollup_days (month, department, category, region, days, complaints) VALUES ('2026-12', 'SAN', 'SAN-FEES', 'BF13', 0, 1);


--
-- Data for Name: training_scenarios; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_trainees; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: unit_due; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-12-04', 2);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF50', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF54', '2026-12-04', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF64', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF13', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF57', '2026-12-04', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF57', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF53', '2026-12-14', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF63', '2026-12-14', 2);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-12-14', 3);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-10-20', 1);
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
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-12-04', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('GEN', '2026-12-04', 1);


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

INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (10, 'agent.fp.kadiogo@demo.redress.bf', 'Alizèta Tapsoba', 'officer', 'FP-BF13', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (11, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (12, 'agent.justice.kadiogo@demo.redress.bf', 'Hamidou Belem', 'officer', 'JUS-BF13', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (13, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$P7yf4UO2diw0or29Zulf5w$sv55ivjaJfN6TmkRCS5DIqAxr1J3n3DExvqRMRkB9k4', false, '2026-12-01 00:48:21.460741+00', 0, NULL, NULL, NULL);


--
-- Data for Name: ussd_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ussd_sessions (session_id, sender_key, state, updated_at) VALUES ('fixture-v25', '26e0298970cd27e69105fb7a9a9ee2dac54a1a09c12b5fe05864edb7628bb66a', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-12-01 00:48:22.995805+00');


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
-- Name: complaint_search_tsv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_search_tsv ON public.complaint_search USING gin (tsv);


--
-- Name: complaint_search_walk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_search_walk ON public.complaint_search USING btree (complaint_id) INCLUDE (tsv);


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


