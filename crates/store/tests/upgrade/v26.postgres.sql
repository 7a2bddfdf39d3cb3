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
-- Name: audit_head_follows_all(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_head_follows_all() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE audit_head SET seq = last.seq, hash = last.hash
    FROM (SELECT seq, hash FROM appended ORDER BY seq DESC LIMIT 1) last
    WHERE audit_head.id = 1;
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
-- Name: complaint_tallies_added(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.complaint_tallies_added() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO complaint_search (complaint_id, tsv)
    SELECT id, strip(to_tsvector('french', unaccent(description))) FROM added ORDER BY id;
    INSERT INTO unit_tally (unit_code, status, n)
    SELECT unit_code, status, COUNT(*) FROM added GROUP BY 1, 2
    ON CONFLICT (unit_code, status) DO UPDATE SET n = unit_tally.n + excluded.n;
    INSERT INTO unit_due (unit_code, due, n)
    SELECT unit_code, deadline_in_force(status, acknowledge_by, answer_by), COUNT(*)
    FROM added WHERE deadline_in_force(status, acknowledge_by, answer_by) IS NOT NULL
    GROUP BY 1, 2
    ON CONFLICT (unit_code, due) DO UPDATE SET n = unit_due.n + excluded.n;
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    SELECT to_char(a.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), a.unit_code,
           COALESCE(p.region_code, ''), a.channel, COALESCE(a.service_point_code, ''),
           COUNT(*)
    FROM added a LEFT JOIN communes cm ON cm.code = a.commune_code
    LEFT JOIN provinces p ON p.code = cm.province_code
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = intake_days.n + excluded.n;
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

INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (1, 'core', '2026-12-01 03:46:30.083549+00', true, '\xb6e1d9b32dee400d5f11f1f644640057caf92368672b837d685a004d8af41fdb6d0653c06ffeb78905536719308da8d9', 51197693);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (2, 'intake', '2026-12-01 03:46:30.136369+00', true, '\x522d054225b518f06f0d3934ac64a65ccd536bf090cf5a5823e7a537e2f05d62b35ed538c23a254b78e2cb6cefa0c341', 10710819);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (3, 'notifications', '2026-12-01 03:46:30.147842+00', true, '\x5fb4bbb202b26a796fed4d76a5bbb8bfe052e97c7961104d68a77cb431925c273cb60844759d95711d37ed3f5cfa59f5', 8156145);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (4, 'escalation routing', '2026-12-01 03:46:30.156828+00', true, '\x79b060151b9bb18e90555162e94d524256a90ed1dc05155c15a686c102112da1ac6468596f14a4181f69a36c45a17b25', 10629225);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (5, 'staff sessions', '2026-12-01 03:46:30.168254+00', true, '\x51ac580c0166da180e45e9aa9eb1a862b0dfb8215ee498c4b385e95301b777ca7823e4006e835a442a340216e64bfaa5', 6666420);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (6, 'response guide', '2026-12-01 03:46:30.175489+00', true, '\xfd6188862ea1a08f286ca785c4ed0b8d451f4a879a67973eb2a343ae6db35e7457ce58f099b247b4ad92ddf8ba15e95d', 6398807);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (7, 'search', '2026-12-01 03:46:30.182716+00', true, '\xbb9efaf486402392602dab2ad427ded48143708e7a27235b3cdb5e1504242b3971f46615de41686ea50b046e8286b908', 10153523);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (8, 'unit queue index', '2026-12-01 03:46:30.193824+00', true, '\x4874c80e1bca50184b53007f070af8f88f1af9d78b0e38fe0e46f83a25f49bfd4e12cf303551ca3b7a15e9fd719249a0', 4412891);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (9, 'duplicates', '2026-12-01 03:46:30.199057+00', true, '\x8eb2ea0814118bfecbf3cf4a4f60026d0bbf70dedbdf9e38630271696dc8357a69ae16523b0109bf6910ae24e3763cc9', 3904777);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (10, 'admin audit', '2026-12-01 03:46:30.203583+00', true, '\xf8f752b19e92c39ef0d0cbcf7ae4ad2eca26f82cc6ba7ff0fe6482a7fd80c8ea9fc09f81383c99e33c577401435348db', 8670270);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (11, 'queue filter indexes', '2026-12-01 03:46:30.21281+00', true, '\xc66f559f428cce885b23cd242836b41b072a712386b65be416b21e8d58f1d7f5382cf9de56fa57cd67965006eed3ac08', 4913079);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (12, 'totp', '2026-12-01 03:46:30.218198+00', true, '\x59cae79cddc0172df59c1e6e28d3bf22c40285aa87c9a41ffec11b37afde88ce117b485a37ab97bbb08e09cbe24e0703', 1506958);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (13, 'phone channels', '2026-12-01 03:46:30.220146+00', true, '\x313c92ea0b534d8093a5438a2fce8bbf6329c93434fbd408d5289c83bf5188a8433564de906308e5e5d168bbd7774be1', 13282214);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (14, 'open311', '2026-12-01 03:46:30.234071+00', true, '\xb3f332f9381831ad33c43ff941635bccb39c7b1e49480fefd5fa4b9a5878a7ae5fcf3f1aefc6cc912aded0b19bc3d98f', 2577176);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (15, 'stats', '2026-12-01 03:46:30.237244+00', true, '\xbd66da0aeba07d2351a4b9a23f8bda7693c195e202159493fb8fbec9f58c5c38da7c83906e00f6eea8adf2aa86c50b83', 14129946);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (16, 'stats rollup', '2026-12-01 03:46:30.252255+00', true, '\x04c3bd7327002d3540b3ae718df12b00b03fdc87c77c89916723f64df72c49014d4099c21b88732c6f4503de0ea544bf', 9696506);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (17, 'attachment blobs', '2026-12-01 03:46:30.262648+00', true, '\x7c770bb72424ea5a722cc92d2a4b3536cdd5938fb1a4596564a281ec4167775bc417ebde54842a5713b0177b68f8291c', 4745135);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (18, 'retention', '2026-12-01 03:46:30.268118+00', true, '\x5e05eae8fd58de632b5b77b547ac56dbecb957aba651c9f36c60533c9552f9cd85d4c583bc581bfb9f7630af29b12920', 6716494);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (19, 'key rotation', '2026-12-01 03:46:30.275492+00', true, '\x529313834f4ce5caa06572ffe8da7313e1f67318c428b9ad8d7bdd21337ea234462b5e0e884478343c76b56b33a80706', 4459438);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (20, 'attempts', '2026-12-01 03:46:30.28068+00', true, '\x362ff12cc7c9ca2ef03cf1fb25512a437386bd503046ba5998b2c79b5b1b02b02fd47c4a3bd1a2f9a452710bd2bfd1cc', 10303093);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (21, 'training', '2026-12-01 03:46:30.291558+00', true, '\x0dce28c05650997d3c56e0fc7f5a2b86a95fc03ed79f36104715380f28326b8fcdb960e457a1dda46d5d058472381c92', 7460890);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (22, 'service points', '2026-12-01 03:46:30.299552+00', true, '\x4a2459086a8dd69c836da373f6566c463e327825759e80dd147b14d1c3c5b9b26250d668b8b4b5030c16d8aa7aed8e56', 12007852);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (23, 'tallies', '2026-12-01 03:46:30.312407+00', true, '\x96c4d6638711ac5567b433c2b2688c743791f8f2ccea021c00681fb42fb2ae7f387a58ee4d04b59b20cb63a89fa131dc', 15380902);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (24, 'search file', '2026-12-01 03:46:30.328598+00', true, '\xaafddb1cc987e9144e24a334a01edd1db16682302cd14f9227a88c91e77b0a229de39492c667f75068d62a94c5de9498', 1516345);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (25, 'search walk', '2026-12-01 03:46:30.330676+00', true, '\x4ac5050d1358b64392f9437ccc56f476a4a5b32a11e99ce9e2d7b92694c87818d07c35216b32f5b031d36f5863dc5e60', 10833610);
INSERT INTO public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (26, 'tallies by statement', '2026-12-01 03:46:30.342593+00', true, '\xaafa6ab48b5070d996bfe41b70385d22997055892945b0f44c61b196490452394107fbe4c4ce0b4b8ffebaba0d4308df', 3239550);


--
-- Data for Name: admin_audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_audit_head (id, seq, hash) VALUES (1, 34, 'abb2549e90337e56ed4c3cacc1ac3ec60ddec2a23b005195d1b358c5084c9e29');


--
-- Data for Name: admin_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (1, 'cli:demo', 'user.add', 'user#1', '{"id": 1, "name": "Aminata Kaboré", "role": "admin", "unit": null, "email": "admin@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'ebc15e989f925f014aeeeee01646d9fc8c6333780afd4bed1361f2d5f91f1ab4');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (2, 'cli:demo', 'user.add', 'user#2', '{"id": 2, "name": "Jean Zongo", "role": "auditor", "unit": null, "email": "auditeur@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '159394892521b3d9064da3435fd620608ca6def05fc9c20b762c0d13c8d8e2e9');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (3, 'cli:demo', 'user.add', 'user#3', '{"id": 3, "name": "Fatimata Diallo", "role": "intake", "unit": "SAN", "email": "accueil.sante@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '4c656ef403390472e86998deea54a49a719ae4637a9e45674f9a3bd0a0f2076a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (4, 'cli:demo', 'user.add', 'user#4', '{"id": 4, "name": "Dr Salif Ouédraogo", "role": "supervisor", "unit": "SAN", "email": "superviseur.sante@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '74c854578e1240787cb364ab362db273e96ac3a9b6d9b5a9eef716e519e0b800');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (5, 'cli:demo', 'user.add', 'user#5', '{"id": 5, "name": "Mariam Sawadogo", "role": "officer", "unit": "SAN-BF13", "email": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'bec340bdce083f496aefd926f2ba39d72b61ced9c0f61e947e6bf8ee58750a88');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (6, 'cli:demo', 'user.add', 'user#6', '{"id": 6, "name": "Issouf Traoré", "role": "officer", "unit": "SAN-BF53", "email": "agent.sante.guiriko@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '3dd0398f563ca8c5b08cba9f082b681c2a6362cd96e7e74fb5ed8e8beef33fc8');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (7, 'cli:demo', 'user.add', 'user#7', '{"id": 7, "name": "Paul Compaoré", "role": "supervisor", "unit": "EDU", "email": "superviseur.education@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '048e3ed8dc80f19c62f8d92ada04d3dca93288f14c4895d7e34d826dc655aab1');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (8, 'cli:demo', 'user.add', 'user#8', '{"id": 8, "name": "Awa Nikiéma", "role": "officer", "unit": "EDU-BF13", "email": "agent.education.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '84d56f1d3dc9fac49af52f1b6b54c921034ea81657e2a086b98fa1db87c313d7');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (9, 'cli:demo', 'user.add', 'user#9', '{"id": 9, "name": "Rasmané Ilboudo", "role": "supervisor", "unit": "FP", "email": "superviseur.fp@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '95b882cfca1f83d8669fbdcef4b3894bf4baa19bc84d1991a179b21bba42c2af');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (10, 'cli:demo', 'user.add', 'user#10', '{"id": 10, "name": "Alizèta Tapsoba", "role": "officer", "unit": "FP-BF13", "email": "agent.fp.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '979bed0658e1c558f358db4b9a4d822fe68e4ccf7cde78b4bc7e96f34ad671ea');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (11, 'cli:demo', 'user.add', 'user#11', '{"id": 11, "name": "Clémentine Somé", "role": "supervisor", "unit": "JUS", "email": "superviseur.justice@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'ed7f5daeff2b41dcc01eb013693b884a54c7e6e9f706e4789579834da1990925');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (12, 'cli:demo', 'user.add', 'user#12', '{"id": 12, "name": "Hamidou Belem", "role": "officer", "unit": "JUS-BF13", "email": "agent.justice.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '3af65d985fdaee39c25f43928ab8cddaa23b0db92bb1ef921f2670531750b1d6');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (13, 'cli:demo', 'user.add', 'user#13', '{"id": 13, "name": "Boukary Ouattara", "role": "intake", "unit": "GEN", "email": "orientation@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'd55593de613768d2ada3d20c9270f5a1810cde426b39d86ae90380f9226949d8');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (14, 'cli:demo', 'service_point.add', 'service_point:CSPS-PISSY', '{"code": "CSPS-PISSY", "kind": "health_centre", "name": "CSPS de Pissy (secteur 17)", "address": "Avenue de la Liberté, secteur 17", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-12-01 03:46:30.674774+00', '6dbe47093144b2b27dc0349481489947b2966b7030422850b9e6064389b488fa');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (15, 'cli:demo', 'service_point.add', 'service_point:CSPS-WEND-KUUNI', '{"code": "CSPS-WEND-KUUNI", "kind": "health_centre", "name": "Centre de santé Wẽnd-Kuuni", "address": null, "unit_code": "SAN-BF13", "commune_code": "BF130006"}', '2026-12-01 03:46:30.674774+00', '84465938a75e48e5de5335edd021d2c16c71329d3d5051b48dad35f0b431f54c');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (16, 'cli:demo', 'service_point.add', 'service_point:EPP-TANGHIN-A', '{"code": "EPP-TANGHIN-A", "kind": "school", "name": "École primaire publique Tanghin A", "address": "Quartier Tanghin, près du barrage", "unit_code": "EDU-BF13", "commune_code": "BF130004"}', '2026-12-01 03:46:30.674774+00', '3c9e1fc3305afe9d6124178b79713393cf8ad5f5cb6e58517c51a3fb699623a8');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (17, 'cli:demo', 'service_point.add', 'service_point:EPP-KOMSILGA-CENTRE', '{"code": "EPP-KOMSILGA-CENTRE", "kind": "school", "name": "École primaire publique de Komsilga centre, avec ses six classes du CP1 au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire", "address": "Route de Kombissiri, à côté de la mairie", "unit_code": "EDU-BF13", "commune_code": "BF130002"}', '2026-12-01 03:46:30.674774+00', '0d117da195a1363142c9701f787306cd8f28ee037b175e293099cef5baeecc41');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (18, 'cli:demo', 'service_point.add', 'service_point:TGI-OUAGADOUGOU', '{"code": "TGI-OUAGADOUGOU", "kind": "court", "name": "Tribunal de grande instance de Ouagadougou", "address": "Avenue de l''Indépendance", "unit_code": "JUS-BF13", "commune_code": "BF130004"}', '2026-12-01 03:46:30.674774+00', 'b8adde8e7e8cdb1eda66f47d012c5be184f1304d04199112684c3565129430b5');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (19, 'cli:demo', 'service_point.add', 'service_point:DRS-KADIOGO', '{"code": "DRS-KADIOGO", "kind": "directorate", "name": "Direction régionale de la santé du Kadiogo", "address": "Boulevard Tansoba Kiéma", "unit_code": "SAN-BF13", "commune_code": "BF130004"}', '2026-12-01 03:46:30.674774+00', '7b61e77d9ab3fe245be72d080a47a28da72283fbe98daf776a85320d9a501e80');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (20, 'cli:demo', 'service_point.add', 'service_point:CMA-DO', '{"code": "CMA-DO", "kind": "health_centre", "name": "CMA du secteur 22 (Dô)", "address": "Secteur 22", "unit_code": "SAN-BF53", "commune_code": "BF530102"}', '2026-12-01 03:46:30.674774+00', 'd060db15d07c13a243ce4c652819e706981650420ac3b4efb4cd19d45496609e');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (21, 'cli:demo', 'service_point.add', 'service_point:LYCEE-OUEZZIN', '{"code": "LYCEE-OUEZZIN", "kind": "school", "name": "Lycée Ouezzin Coulibaly", "address": "Avenue de la République", "unit_code": "EDU-BF53", "commune_code": "BF530102"}', '2026-12-01 03:46:30.674774+00', '3ce8c938d5e9797b089a1b693e173ddef528d6fc36c9a8392d6609798a3e1297');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (22, 'cli:demo', 'service_point.add', 'service_point:TGI-BOBO', '{"code": "TGI-BOBO", "kind": "court", "name": "Tribunal de grande instance de Bobo-Dioulasso", "address": null, "unit_code": "JUS-BF53", "commune_code": "BF530102"}', '2026-12-01 03:46:30.674774+00', '0596d1c3323de7756d907ab495d1dc6cbfd093b9f79db984076cfb61098d78a4');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (23, 'cli:demo', 'service_point.add', 'service_point:DRFP-GUIRIKO', '{"code": "DRFP-GUIRIKO", "kind": "office", "name": "Direction régionale de la fonction publique — Guiriko", "address": "Rue du Commerce", "unit_code": "FP-BF53", "commune_code": "BF530102"}', '2026-12-01 03:46:30.674774+00', 'db9896a6c7490a5bc4452f6076cee245c6f977a1e2703194f5b3733c0412029a');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (24, 'cli:demo', 'service_point.add', 'service_point:CSPS-KAYA-5', '{"code": "CSPS-KAYA-5", "kind": "health_centre", "name": "CSPS du secteur 5 de Kaya", "address": "Secteur 5", "unit_code": "SAN-BF49", "commune_code": "BF490304"}', '2026-12-01 03:46:30.674774+00', '193ea90329140d2d61c247f2883022be4b5e4627e72d045cd5a21975bce14867');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (25, 'cli:demo', 'service_point.add', 'service_point:EPP-KAYA-B', '{"code": "EPP-KAYA-B", "kind": "school", "name": "École primaire publique Kaya B", "address": "Quartier Bilgho", "unit_code": "EDU-BF49", "commune_code": "BF490304"}', '2026-12-01 03:46:30.674774+00', '1c951f500ea10d78f09dc2e49d1f787b404b71497338b191f3763e1fd11b3605');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (26, 'cli:demo', 'service_point.add', 'service_point:CHR-KOUDOUGOU', '{"code": "CHR-KOUDOUGOU", "kind": "health_centre", "name": "Centre hospitalier régional de Koudougou", "address": "Route de Réo", "unit_code": "SAN-BF50", "commune_code": "BF500105"}', '2026-12-01 03:46:30.674774+00', 'a8a7f8c99aaf034194a5e00527a6c64e3750d353b8572ebf70864df5385d0e3b');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (27, 'cli:demo', 'service_point.add', 'service_point:EPP-PABRE-ANCIEN', '{"code": "EPP-PABRE-ANCIEN", "kind": "school", "name": "École de Pabré (ancien site)", "address": null, "unit_code": "EDU-BF13", "commune_code": "BF130005"}', '2026-12-01 03:46:30.674774+00', '7f560f80b875ebae189cb8e4cff3adf81ea04f324ff6467acccda77f14b63091');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (28, 'cli:demo', 'service_point.remove', 'service_point:EPP-PABRE-ANCIEN', '{}', '2026-12-01 03:46:30.674774+00', 'be7fc7674e1beda32dd61073750c0ae41342f29b49bf6939aec497817b661eba');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (29, 'cli:demo', 'poster_campaign.add', 'poster_campaign#1', '{"id": 1, "label": "Affiches dans les centres de santé, écoles et tribunaux", "region": null, "started_on": "2026-11-10"}', '2026-12-01 03:46:30.674774+00', 'c7959198115fb067b6fe57da4dedfb6b5f92b09d9353695225ea3ba2cefc0506');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (30, 'staff:1', 'routing_rule.add', 'routing_rule#1', '{"id": 1, "unit_code": "SAN-BF13", "region_code": null, "commune_code": "BF130004", "category_code": "SAN-FEES", "province_code": null, "department_code": null}', '2026-12-01 03:46:32.702328+00', '175b9ad1ca1fcf56e9e83198daaec09e42bee9aeb24baa2e96c8ae9d5b03e3a8');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (31, 'staff:1', 'holiday.add', 'holiday:2027-03-10', '{"name_en": "Test holiday", "name_fr": "Jour férié de test"}', '2026-12-01 03:46:32.73733+00', '1b7f483a2c711a5774daaa16c87e1094f94f8ef2f76d1fdd47785329e6b47de9');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (32, 'staff:1', 'unit.add', 'unit:SAN-BF13-CMA30', '{"level": "facility", "parent": "SAN-BF13", "region": "BF13", "name_en": "Sector 30 medical centre", "name_fr": "CMA du secteur 30", "department": "SAN"}', '2026-12-01 03:46:32.766402+00', '1b3e620339ce8cd21e287a55a52a5b688ff0da86747566bdc5c98d54a8c754e6');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (33, 'staff:1', 'guide.version', 'guide:SAN-FEES', '{"procedure": "Vérifier le reçu; appeler le responsable du centre.", "templates": {"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}}', '2026-12-01 03:46:32.958459+00', '667659cbf6c2ae3b5ea6e94792961bb91201a91d6b6860047bc1238d2001a320');
INSERT INTO public.admin_events (seq, actor, action, subject, data, at, hash) VALUES (34, 'staff:1', 'retention.set', 'retention:suggestion', '{"keep_days": 3650}', '2026-12-01 03:46:32.993527+00', 'abb2549e90337e56ed4c3cacc1ac3ec60ddec2a23b005195d1b358c5084c9e29');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens (token_hash, user_id, created_at, expires_at) VALUES ('e7026dab9c8d2876c3a2564c79c5444171052ee99d13082d076050f91a2f43a7', 1, '2026-12-01 03:46:31.894051+00', '2027-03-01 03:46:31.894051+00');


--
-- Data for Name: attachment_blobs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachment_blobs (storage_key, sealed) VALUES ('2026/12/b2c99c22d806c5bf62291760383231bf.png', '\xd39e3a1d6b575b4b24bc0fba09b88467983e69ae144145f6a1cfa7fe19818a66b469e81ed25366f0f9bd38f4b0152e15455bcd8372382ee61568ab45e2123c3cb05703b20caf2f28e64002d0f0ca3d4e2191c603de75f9ab09aceb34a5d9f030aba72c66c0899f2e3eb09cf6eb');


--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachments (id, complaint_id, file_name, content_type, size_bytes, sha256, storage_key, created_at) VALUES (1, 59, 'photo.png', 'image/png', 69, '4371149be76808ede2e39736bd07c9a9209f1d6207cfb3a530c7a2e84ab1a5a2', '2026/12/b2c99c22d806c5bf62291760383231bf.png', '2026-12-01 03:46:32.527262+00');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head (id, seq, hash) VALUES (1, 155, '0ec5cb1970b65f6743601c5e917ae26a9f09e7c3a4d662cb01054f6766fec533');


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

INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (1, 1, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'f76a02737080abfa518291f329bca6de896316c433bf9fc9df110234991a77c0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (2, 2, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '84471f550d6f58cc71a2006eeedec7a9c733af4be128774d5c9031325e1f7f6e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (3, 2, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '26a0db01913d91622c0d3f14031c0e6a7d30ea30a710a4d773186d3d112c3150');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (4, 3, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'a0b56f250ec3a2d0420d87e425a0be455e90f7302b2d56266a4a053b7e619a4d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (5, 3, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'd646c7bbb65791b97e5e16b786a14c1323d26642c939a9c79d525914b3b40e5d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (6, 3, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '7744afb4a5a780c4f9e8b7eb7b4b258298e0c461e408749aa23f3127cc69f0f7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (7, 4, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'f8381f0f74216b36ff8affd780b6f0255f8397567efa85d8fa586b6be053c251');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (8, 4, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '43e13d88148398ddb1d21dc145e50e921924b4f707e287416dca1211e937c66a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (9, 4, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '1db4a2e6e1ae09a3b4fd44b17adcb0f5ff50e7cab3d4716b0a91864f338bef59');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (10, 4, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '792f60523884b849fdda402cde5237c7ce719b7d3075185fb5a7c74ef1fcc8cb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (11, 5, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '69d4eeb0cc055663de16e91227a1c47d4b7668532a98e142b8856684884c4f3b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (12, 5, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '6345c19378404b43c84aff663725637e2726f032a424f5b71d23acb5e10e8636');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (13, 5, 'staff:1', 'assign', '{"assignee": "agent.education.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '3ad19d9501716bcad41c4ce5048b671411ad0431a916eede0967349f86cb5ac4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (14, 5, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', 'bd5e5d606c557034a9b894adb6a4c332d9d704ec4e44ffd8f0d1e2d48f639880');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (15, 5, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', 'e9b27d49b98aa496ecdc03d60ba51dd24cf50d2162d66db65c634f36a9de46c6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (16, 6, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '6295d5ad3175c137c4791bec70a5f7e519aca77e3c8515089f535cae2b83da65');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (17, 6, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'b80161b50386944779a2082266d85f57bf2872202b1c5f0817263ef8fd59c6d7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (18, 6, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'dfd102439cab2ea1ea94cdee64e8dcad875e7b4c1d93e82515c49d7d1f898258');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (19, 6, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '3ce4b637296040b0214a0319cc4fc9022cfec7477845aa68d2151149d83e5dd2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (20, 6, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', '88be6d787a134e6e18989f5715baf057484bc3fe58f781bd9919d519e0cf92a2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (21, 6, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-12-01 03:46:30.674774+00', 'e772764d66c6c6a1c0f69ec3e6402156231849c1ecc98f14ac1f3117323af87a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (22, 7, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'b54bb4bca1dd41369d66942fb01da521dc3e83962639d65636023767269884f8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (23, 7, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'bf50656eeda6c1d1f85e336a17fe9ca8aa4470da928b5c45e01cfc870f7f3669');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (24, 7, 'staff:1', 'assign', '{"assignee": "superviseur.education@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'a22fb5687091461fef103e136adaeb05cd50da0ac86284cb8a08b73e99da37ab');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (25, 7, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '34ae338537b96c6878cea709b4de88ddec8b39250b94e1badef20018ad42a1aa');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (26, 7, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', 'd8d70e13b440468b7ba0ec6d697b0a1386b75d1e100c1c62a513e8e01be9cc1d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (27, 7, 'staff:1', 'close', '{}', '2026-12-01 03:46:30.674774+00', '771a832972fe3c65888e680c08dcfcfa5bb8fbe180de0f681de7d3c352ffc822');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (28, 8, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '0c592d8a80a1b86809ab92bd3cdfa8460c1f2bfd7ce3b1cf6821350fcc67c3f1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (29, 8, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-12-01 03:46:30.674774+00', '0ae67e5d955aa68a64e076b7804ef865ac9e88f8eea79df2b72a2a72a3c14e9e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (30, 9, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '056477064bb3f9eb94b404e334494b17934989f1b81e08d48f82d39cdf6103a3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (31, 9, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-12-01 03:46:30.674774+00', '4da69f9fad61e4e698ca6e7558b2ea0128a7cd1d81772de32c9c5834681c992c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (32, 10, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'efb2af5302dfa2f93669c77a25c51c94cfb6a663c7a61084ccb7c4fad13514a2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (33, 11, 'public', 'received', '{"kind": "denunciation", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'cec6aea28928c9cc453b8cad1613d551c4e677e2914847b02f7552443e7c7bc5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (34, 11, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'f3fa33dd17c1d10508ff376746edc62097530626910aec73a1c4ba3e1887328f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (70, 22, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '1fd9baf74128cc29f5e45d39330b8a37f208896b5a6c7cef246e8fa919f5d5d7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (35, 12, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '7280642baa34319b887945ba8c136ca3c72ebb3ab2e63d0fd670bf4769723420');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (36, 12, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'ee4d390e01022f05e31a0fa92acbbe76e58ce4cc84b9e9f507fde09c72fef788');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (37, 12, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'a03288d607c681f5eac11ca80f2b22937e56b9485821382fd88740f9db9b3aba');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (38, 13, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '650ac4b76cecd5b271054f4bbb9c594781e2e1ad5ecc3735dbfc2f195bc175af');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (39, 13, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'c2d8f8321ea3863eb072fdf92f283e92bb81ce4cf3cc506fc3c227b5bcf5e685');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (40, 13, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'ead57e3a9f85f41224d2c8bf12557bed2d5132ae394bdf3671a0bbcc57d5a7a7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (41, 13, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '5072c919bacca1647e1076f28c9abdb228f387f66e2bbbf6f04b749283cb983f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (42, 14, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '6ddc444df82f1bcb9cdd439dcc6c4a8ece24bfdd990f0718920967bba5fcfce7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (43, 14, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'e3fe4445c72c2e501824de78ce4223978aaa72b42e51e573943fa468ee331cd3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (44, 14, 'staff:1', 'assign', '{"assignee": "agent.sante.guiriko@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '07921dbe9244695977e19d27209ff1502c7ffb495fb03c6f3db25230119e2d5b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (45, 14, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '746c937be2d0fbc79cd9051194df7c4d87901f569cd1d1136eb1058b5132a32a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (46, 14, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', '4887602b9970c99e73ab6dc8d75ac42a33b74d1d7b7e8a17ca7a82e0f698122a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (47, 15, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'b6eed8184a30c8b001960ede07267c9c5ac978c4e9ffd5c917b88505677f8a9d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (48, 15, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '7a0b433e5c08823e912f1019d089416c3c4bb30c825173762e123937f0e0862d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (49, 15, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'c15f0e5190106498c09199ddf35f586626341bdcf9be210eb448412836fef7c8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (50, 15, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '1a37003186112a0e97683b5b5730d5638ec6c2b2f9ef68d7129a280dbb202275');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (51, 15, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', '5f95d47e14a4a3bb6732a93f0297f78bc570203625c43fc3c8fd25a4bd30856d');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (52, 15, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-12-01 03:46:30.674774+00', 'a059d9eaa34c4a30df955aafa8117a705106320b89db37d55737666c57243af8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (53, 16, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "api", "category": "SAN-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '11d7e0c88e6b4a339f8ba6d3a6bb283a63cc4f9f9b04695213ecf7cfdf99b32f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (54, 16, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'f25b94023955a9428db780636612e200a29f35e48e3ff5a311a216be33facd20');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (55, 16, 'staff:1', 'assign', '{"assignee": "superviseur.sante@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', 'a79b73db5ebfb04838dfe983228479fca5304ed2f0adfe32bdd1190194d60495');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (56, 16, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '86253b222153ffa63dae75c48e092faadcbdeb5b2ac9b3e308e644d7d6a23fc3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (57, 16, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', 'dba1108644ef7458818407c679f9d3b62dbe13165bfd464be822840cf274320b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (58, 16, 'staff:1', 'close', '{}', '2026-12-01 03:46:30.674774+00', '1b90661d6b96fe598b8378068b5c2c02f2e36d7db0d697b24b9f978982add829');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (59, 17, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "api", "category": "EDU-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'bcd0df2ecc82d1f4ee0fca9ee7f115ffbc46f35aad322cd53a8e563c7f7745b6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (60, 17, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-12-01 03:46:30.674774+00', 'b512638dd5ffbf64855e29612431cb34d4beea6cdba7e671973010968b66de1e');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (61, 18, 'public', 'received', '{"kind": "denunciation", "unit": "EDU-BF50", "channel": "api", "category": "EDU-ABSENCE", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '6878a65d7ac3c6cdb0605ad110976af0ae5b113c6398e27e35009411a33f2efb');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (62, 18, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-12-01 03:46:30.674774+00', '98824d3de2f4a53d3823c76463589514fc89ed11b6b99f87543c96513fd2c060');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (63, 19, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF54", "channel": "api", "category": "EDU-CANTEEN", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'c9b0f2ce9e3aac33931afa200c13889411b86b1a323bb04c5b5729aea95d8168');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (64, 20, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF64", "channel": "api", "category": "EDU-EXAMS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'a76ec80a8c18e089cabbc7ad5d2dbad2a49af909ec0f66cf8eb4eab31188f1c0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (65, 20, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '84ec91b06d9cc940bb2c14def0294e0621a97483490121fac8f4d96525b8a088');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (66, 21, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF13", "channel": "api", "category": "FP-CAREER", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '9c22bd3f515ccc1e5ad586a05611cb33a6bee2257321678bc8e87609b95ac68c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (67, 21, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'ba842727a127e17334bc20f1fe6b51023a1f44b0f28c8daab2348d782969dd44');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (68, 21, 'staff:1', 'assign', '{"assignee": "agent.fp.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '6790531cd0cab848295aca3ac4992e395e05e3b77649baf00d3b2164eef5ebce');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (69, 22, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF57", "channel": "api", "category": "FP-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '16fbfe5ece4226c9d79cbe1f237c409beeeb4d5010dc7ce95ff1f0b4785077d7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (71, 22, 'staff:1', 'assign', '{"assignee": "superviseur.fp@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '11149d9cddb140d429445438063da4347a553cbc2b16ee9fbcd804735ea8456b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (72, 22, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', 'bd42b96a8824c48a2b3b3453b7230f1e4a5a59430264bc24ebab9e5f5ee0fa13');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (73, 23, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "api", "category": "JUS-DELAY", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'ed30cd74cc79adee58a750a73b2cddda66ed35e5b8565a43e7e4696777021c2b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (74, 23, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'f8edab8991ed3399ab2769f4121b307d4213ddfc138762440689ef032624cd4a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (75, 23, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '582beb034308d81638ab86fbffd51143d0e26fc30ba1f4a5fb5645d1ca56d088');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (76, 23, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '38fc17eba1e2fe3d90906192170872f76b1fc8f3656e2956b106cb779aa0a82f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (77, 23, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', 'e6752c182be514d9f4f6030692fb588c8467abb26fbedbe9c3d6059d9482cb89');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (78, 24, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF63", "channel": "api", "category": "JUS-DOCS", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'b8577820c0322c9e625c0eeba825699e750fbdaca051913ee68f39fad5d493b4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (79, 24, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', 'bdbbc780984ebb36299721f00caf22e060f2a73fc049578a593282561ac48632');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (80, 24, 'staff:1', 'assign', '{"assignee": "superviseur.justice@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '3ef68c1a886359caa59f2a818e14f6e63890f2bdf059adc749c2378a1f55174b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (81, 24, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', 'c20d2d835e43449cac523416853fb031bf1a7c0b7be71610c82da35f62e8dcbe');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (82, 24, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', '89385d390600f2d1d9f0172c6973a1f8aaa2650bfc6218bb006da97b089ff1d2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (83, 24, 'complainant', 'appeal', '{"reason": "Rien n''a changé sur place depuis la réponse."}', '2026-12-01 03:46:30.674774+00', 'bd07b400bcca1030f7f7e11f299eafed34ee3a922abd53f96801c047a46adf42');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (84, 25, 'public', 'received', '{"kind": "denunciation", "unit": "SAN-BF13", "channel": "api", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', 'e7ddee276ecfef75fb360a79a1996be9795621663f15bd6d7fdc742ec9fc096f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (85, 25, 'staff:1', 'accept', '{}', '2026-12-01 03:46:30.674774+00', '4315e101fd0533b4f071fced92b03d8ed7ca1aa81b1694a788e04a8ea1ed28ba');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (86, 25, 'staff:1', 'assign', '{"assignee": "agent.sante.kadiogo@demo.redress.bf"}', '2026-12-01 03:46:30.674774+00', '43ed7c0b079a9750328fda1987c0ff5e5f39843756ec76364a3a7d9668a813f0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (87, 25, 'staff:1', 'start', '{}', '2026-12-01 03:46:30.674774+00', '2c651c3b1fac554c31f166869e75519a368a9d2663e37d4434ffcc284e0be5d0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (88, 25, 'staff:1', 'answer', '{"due": "2026-12-14", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement."}', '2026-12-01 03:46:30.674774+00', 'ac5a53c47cbf2fd089f58e4db61cc4a1f3efc734d44de77ddd6c43fd103a5a9b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (89, 25, 'staff:1', 'close', '{}', '2026-12-01 03:46:30.674774+00', '2e766ce50795a9ac8ad412006d567c3ee24dadb870f584ee49298c73afd8f3b7');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (90, 26, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "api", "category": "SAN-STOCKOUT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '4365fcab6acfb3d535aa98fdae37be60eab6d3b6709e82c9b6ac672b0113acc9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (91, 26, 'staff:1', 'reject', '{"reason": "La plainte ne concerne pas un service public de ce ministère."}', '2026-12-01 03:46:30.674774+00', '5facdf69160a0e1321b8e5400fd1f70fb95f1a32475cb92ca6bc342e0e631f2c');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (92, 27, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "api", "category": "SAN-WAIT", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:30.674774+00', '407a216444243f02ae464cc4df4238cb91fa143d3adc893c331f6c480a522370');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (93, 27, 'complainant', 'withdraw', '{"reason": "Le problème a été réglé."}', '2026-12-01 03:46:30.674774+00', '55338ae185a8ff74458d1f9b7cafa1aa6350fe1c4685dc95843334ca900235f8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (94, 28, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-10-26", "attachments": 0, "acknowledge_by": "2026-10-20"}', '2026-10-15 03:46:30.674774+00', 'dfbb3f3a2be5b6ae1573234e03d50cfd7d77f76e3b27b867a39349acf9151920');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (95, 29, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "sms", "category": "EDU-FEES", "answer_by": "2026-10-28", "attachments": 0, "acknowledge_by": "2026-10-21"}', '2026-10-18 02:46:30.674774+00', 'da41e33b825bcbacfe6d717770b9bb5fff26fcd40bfe146f61801a81da89a8aa');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (96, 30, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-FEES", "answer_by": "2026-11-02", "attachments": 0, "acknowledge_by": "2026-10-27"}', '2026-10-22 01:46:30.674774+00', 'c91727c5800fd9c3401d2d29bb1cf17091fbf6fed76e38dd888a15ba091e0ec2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (97, 31, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DELAY", "answer_by": "2026-11-04", "attachments": 0, "acknowledge_by": "2026-10-28"}', '2026-10-25 00:46:30.674774+00', '4cf2eae85cafe530f24065d788f6bc50af6f2eb6f8769570b5d4a3929c7b490f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (98, 32, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "ussd", "category": "SAN-STOCKOUT", "answer_by": "2026-11-09", "attachments": 0, "acknowledge_by": "2026-11-02"}', '2026-10-28 23:46:30.674774+00', '00aac47791ca822e142d9ee19784717b03ee1e61f24a7ace87ddc23c7c652f81');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (99, 33, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-ABSENCE", "answer_by": "2026-11-10", "attachments": 0, "acknowledge_by": "2026-11-04"}', '2026-10-31 22:46:30.674774+00', '141fac449244c20508307848bd2c693b84efaaa4a3307d64d78d1e3493b300e3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (100, 34, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "sms", "category": "SAN-RECEPTION", "answer_by": "2026-11-16", "attachments": 0, "acknowledge_by": "2026-11-09"}', '2026-11-04 21:46:30.674774+00', 'b92ec874527eea14d6746c4b32051674b1297f96b4c2c3112ba2d802dea5a991');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (101, 35, 'staff:3', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "walk_in", "category": "FP-DOCS", "answer_by": "2026-11-18", "attachments": 0, "acknowledge_by": "2026-11-11"}', '2026-11-08 03:46:30.674774+00', '12d2c604a931b809efd4ae8b7cd84e75719212b40dac0b4f2af0d73a093efa13');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (102, 36, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-16"}', '2026-11-11 02:46:30.674774+00', 'fb39bc4123414c945203e32f48b5bfea81ef2d293e4484dc6068371d7f903cf8');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (103, 37, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-16"}', '2026-11-11 01:46:30.674774+00', '47a18fb89645e76f1248c7bf0bede5f4367f7e378c054c4d6d2d5b0beaec47c6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (104, 38, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "sms", "category": "SAN-WAIT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 00:46:30.674774+00', 'a96075c7d14cf8931233431419376ed1ba11bf1acd0fbd326dd4df13fe0157ee');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (105, 39, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 23:46:30.674774+00', '4f5e585c0e795b831c5817ac7851bab90f4b03e7a82ee8b3eb0c149209f4161f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (106, 40, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "ussd", "category": "EDU-CANTEEN", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-17"}', '2026-11-12 22:46:30.674774+00', '1d19a794a1ac412a8a172ba32632c8e1b63da3df9777a472c086e17e35886c0a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (107, 41, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF13", "channel": "web", "category": "JUS-DOCS", "answer_by": "2026-11-23", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-13 21:46:30.674774+00', '36ccd2730f342d529f8f64a0c83d089cb565e729dd72077be3517ebac4acc159');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (108, 42, 'staff:3', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "phone", "category": "SAN-ABSENCE", "answer_by": "2026-11-25", "attachments": 0, "acknowledge_by": "2026-11-18"}', '2026-11-15 03:46:30.674774+00', '46b25b6c4db8ea8a396b6de693807d3073beb7ec5d6333de742228fe892f62b2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (109, 43, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-WAIT", "answer_by": "2026-11-26", "attachments": 0, "acknowledge_by": "2026-11-19"}', '2026-11-16 02:46:30.674774+00', 'b1e105eae869c4aa314b84a9b32b26f4de7b89574f66a93c4c7804e371c5b5b1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (110, 44, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-RECEPTION", "answer_by": "2026-11-26", "attachments": 0, "acknowledge_by": "2026-11-19"}', '2026-11-16 01:46:30.674774+00', '597b635047779badb45ad0f7954e8dcc1593fdbee75886da8dda0d24037321c0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (111, 45, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF49", "channel": "sms", "category": "FP-CAREER", "answer_by": "2026-11-27", "attachments": 0, "acknowledge_by": "2026-11-20"}', '2026-11-17 00:46:30.674774+00', '8db5577fa349b706b64117a4656c31747fde598f4f63212ac4e719b409ac14e4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (112, 46, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF53", "channel": "web", "category": "EDU-EXAMS", "answer_by": "2026-11-27", "attachments": 0, "acknowledge_by": "2026-11-20"}', '2026-11-17 23:46:30.674774+00', '03876632385bfe5a2b64af22de32980307657226eb1337db45eb4c8d5c112800');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (113, 47, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF53", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-23"}', '2026-11-18 22:46:30.674774+00', '9a06d6dbf42b49c1a66705f599b86de301c46eaa3907723e638eb703c81faa24');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (114, 48, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "web", "category": "EDU-CANTEEN", "answer_by": "2026-11-30", "attachments": 0, "acknowledge_by": "2026-11-24"}', '2026-11-19 21:46:30.674774+00', '4fdb08e0fe9e6496d84dbfb38c6f17c228e2b8e3325560991cb2a79b5ca37996');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (115, 49, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "ussd", "category": "SAN-FREECARE", "answer_by": "2026-12-01", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-21 03:46:30.674774+00', '4c06c5cef6dfb3019f80941da73a44f2d4dad4dffe1a5763e051ff5aff5f8d07');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (116, 50, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "web", "category": "SAN-ABSENCE", "answer_by": "2026-12-02", "attachments": 0, "acknowledge_by": "2026-11-25"}', '2026-11-22 02:46:30.674774+00', '9b9cd0b17e98688673bfb9a5da5096568ed5049e918fc715877d9dfecd677360');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (117, 51, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF50", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-03", "attachments": 0, "acknowledge_by": "2026-11-26"}', '2026-11-23 01:46:30.674774+00', '01635427a068d93781221e4ea414c1535543fec895dcc9e306d2d946d2fb1cd9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (118, 52, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "sms", "category": "EDU-ABSENCE", "answer_by": "2026-12-04", "attachments": 0, "acknowledge_by": "2026-11-27"}', '2026-11-24 00:46:30.674774+00', 'f4db977d8db72639bdea9f5482629f75967448ecbb06782a06f6849b5b0ada39');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (119, 53, 'public', 'received', '{"kind": "complaint", "unit": "EDU-BF49", "channel": "web", "category": "EDU-FEES", "answer_by": "2026-12-04", "attachments": 0, "acknowledge_by": "2026-11-27"}', '2026-11-24 23:46:30.674774+00', 'b75781fc0cc91d9222008cff79709121ead59bf539dedcd88fdf6e65eab940b6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (120, 54, 'staff:3', 'received', '{"kind": "complaint", "unit": "JUS-BF49", "channel": "phone", "category": "JUS-DELAY", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-11-30"}', '2026-11-25 22:46:30.674774+00', '6e969d5fb8ba75c5870ae50223ba6da982690706dff7d9760684ecf628857dfd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (121, 55, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-STOCKOUT", "answer_by": "2026-12-07", "attachments": 0, "acknowledge_by": "2026-12-01"}', '2026-11-26 21:46:30.674774+00', '304f5d1a6aca2b3019ed1c10ca3426ab3e3b7535dadea22423b612e56dce356b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (122, 56, 'public', 'received', '{"kind": "complaint", "unit": "JUS-BF53", "channel": "web", "category": "JUS-FILES", "answer_by": "2026-12-08", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-28 03:46:30.674774+00', 'c3718e349182f239587b04cf8c0919cded0559ef5708082de58d09994876a2cf');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (123, 57, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF49", "channel": "ussd", "category": "SAN-WAIT", "answer_by": "2026-12-09", "attachments": 0, "acknowledge_by": "2026-12-02"}', '2026-11-29 02:46:30.674774+00', 'e622a18ce97f78d3af6240c37afbf42c06764dab8d5e221250e583e6eff66609');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (124, 58, 'public', 'received', '{"kind": "complaint", "unit": "FP-BF53", "channel": "web", "category": "FP-DOCS", "answer_by": "2026-12-10", "attachments": 0, "acknowledge_by": "2026-12-03"}', '2026-11-30 01:46:30.674774+00', 'bbd037beb69ec0d072b134ea59d489f768734f78eb6b331f0aba172a99fbdbd3');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (125, 28, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-10-20"}', '2026-12-01 03:46:32.45068+00', 'bc8e41beeb68f699bf33aa799e0c257b572c91992f3eb4347dd28fd7461ca83b');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (126, 29, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-10-21"}', '2026-12-01 03:46:32.45068+00', '07d24092ca28b0d0505d20a8caa770c46bde9ec63f6f98df75d1ca3d3deb2571');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (127, 30, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-10-27"}', '2026-12-01 03:46:32.45068+00', 'b53cd7aa48d3401d8e2197f6fb30e3ffa5dabd2852a3b7273cc85cb276e4321f');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (128, 31, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-10-28"}', '2026-12-01 03:46:32.45068+00', '4762facc73c156b0191f947d5120b4abf41abe3974510a248041382989338180');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (129, 32, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-02"}', '2026-12-01 03:46:32.45068+00', 'ea95005f4cc76dfe7b2d90116857e64fc66df242ae4c9ac4b2b0b9e46eeb1ca4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (130, 33, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-04"}', '2026-12-01 03:46:32.45068+00', 'c2e51cd048bb2d98afacc165dcc038f78a25f8ad4a5d2e991a535b185d55ad15');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (131, 34, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-09"}', '2026-12-01 03:46:32.45068+00', '9f75b43c23a1ef5755bf03ef8ae28ce8ca4ff11f791382322fb5a6beda7b7224');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (132, 35, 'system', 'escalate', '{"unit": "FP-BF53", "level": 1, "deadline": "2026-11-11"}', '2026-12-01 03:46:32.45068+00', '3ba8dc30216b5dbd6fe3e75f7c88c8f616efc4f1ea8485fe802eaeae0bfec1d4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (133, 36, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-16"}', '2026-12-01 03:46:32.45068+00', 'fbc691c03d3150184f0d535ed6c3a69d07431d145b15eeb3f3472117cb88dc66');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (134, 37, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-16"}', '2026-12-01 03:46:32.45068+00', 'd2bc34b853ebcbf9b5d7acb761fb28854cfcdee193ec6878b1f811a08c3cb227');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (135, 38, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-17"}', '2026-12-01 03:46:32.45068+00', '64e3570c940867a076ef71216d6dc64892b00ff60556949e549de3a2f6d83244');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (136, 39, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-12-01 03:46:32.45068+00', '4438237598618036823a9bc1b0b433a8e3a20673a5b1246d76e31d37e0ed05c5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (137, 40, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-17"}', '2026-12-01 03:46:32.45068+00', '58f8494ac2e1823decab8a75abe6310b8fd4e40c0b1291411d34e2a5f7d7b651');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (138, 41, 'system', 'escalate', '{"unit": "JUS-BF13", "level": 1, "deadline": "2026-11-18"}', '2026-12-01 03:46:32.45068+00', '02ceb90f3544a6e4c8c82883f8ee4a91fee49eef053c00b19301d1a7815f83c6');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (139, 42, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-18"}', '2026-12-01 03:46:32.45068+00', '4c65da7e716a382e1d52a4fbfb568cc089d568a03047c586c737aae070eee521');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (140, 43, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-19"}', '2026-12-01 03:46:32.45068+00', '226afd4d8e5a52407cab4337ab83c5df5cc22eb7c561569c0cd4372974aae2db');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (141, 44, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-19"}', '2026-12-01 03:46:32.45068+00', '528bdde5f4ba1aedd6461830a98fd9faf5e0d98ae0dd6b0e8adfbc76b005d5dd');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (142, 45, 'system', 'escalate', '{"unit": "FP-BF49", "level": 1, "deadline": "2026-11-20"}', '2026-12-01 03:46:32.45068+00', '34b8754f48f9c52c38d6b1233bad015d0274bd1373f8bebf698ae274dbc9b7ee');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (143, 46, 'system', 'escalate', '{"unit": "EDU-BF53", "level": 1, "deadline": "2026-11-20"}', '2026-12-01 03:46:32.45068+00', '7485ff2e3919e52b0261aa7752d5fff09d80c43a28d425ccba37088200372df4');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (144, 47, 'system', 'escalate', '{"unit": "SAN-BF53", "level": 1, "deadline": "2026-11-23"}', '2026-12-01 03:46:32.45068+00', '3436f8eb878c6ff804d3788567d11dc9ef560edcf835a9e4bf496ec811c6a3f0');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (145, 48, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-24"}', '2026-12-01 03:46:32.45068+00', 'd27e8bf90173f2bd4576dcaaf09d6e929d1492e455202223734d405ef2e3e764');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (146, 49, 'system', 'escalate', '{"unit": "SAN-BF13", "level": 1, "deadline": "2026-11-25"}', '2026-12-01 03:46:32.45068+00', 'aee4251ef0e63ad77c8a93444f033cdbbed3de8614eccf61a5bd98629ac24415');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (147, 50, 'system', 'escalate', '{"unit": "SAN-BF49", "level": 1, "deadline": "2026-11-25"}', '2026-12-01 03:46:32.45068+00', '3ac64c0996ebf4f6306dcc8a4a8c4f9f079f4abada0f5f6f2314cdc8ee51c9b2');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (148, 51, 'system', 'escalate', '{"unit": "SAN-BF50", "level": 1, "deadline": "2026-11-26"}', '2026-12-01 03:46:32.45068+00', '6ceb6f9e76820dff9dc268b2ff870dab78b835e6d30145ae277b2f4090cd5363');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (149, 52, 'system', 'escalate', '{"unit": "EDU-BF13", "level": 1, "deadline": "2026-11-27"}', '2026-12-01 03:46:32.45068+00', '13921ffc024abfacca436b0408ea5dc45e1b1a73dd81e82c479b88680e1e50ce');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (150, 53, 'system', 'escalate', '{"unit": "EDU-BF49", "level": 1, "deadline": "2026-11-27"}', '2026-12-01 03:46:32.45068+00', '1e09300985c2f1ea612698e06c1fa5e9aae9cbf180b11fc39fcc42495a231ea9');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (151, 54, 'system', 'escalate', '{"unit": "JUS-BF49", "level": 1, "deadline": "2026-11-30"}', '2026-12-01 03:46:32.45068+00', '900ee7c61a48c75d019cb6681b441d985f6e7b6aa9f0f88f776e5081f934d27a');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (152, 59, 'public', 'received', '{"kind": "complaint", "unit": "SAN-BF13", "channel": "web", "category": "SAN-FEES", "answer_by": "2026-12-14", "attachments": 1, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:32.527262+00', '79df1f62f78fafc81aa0b2cb57be6497b7929ef448df383081a8a630abd3c9d5');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (153, 60, 'staff:1', 'received', '{"kind": "complaint", "unit": "EDU-BF13", "channel": "walk_in", "category": "EDU-FEES", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:32.658541+00', '769ea9d422ec0a3bb5702853cd90976851425c4302c9a07335bf5760c825c9a1');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (154, 60, 'staff:1', 'note', '{"text": "Appelé le directeur."}', '2026-12-01 03:46:32.680033+00', 'acc0c9ec8cf964653558d3685c037eba9bf00e0d234497ddf090a347623cba76');
INSERT INTO public.complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (155, 61, 'public', 'received', '{"kind": "complaint", "unit": "GEN", "channel": "sms", "category": "GEN-OTHER", "answer_by": "2026-12-14", "attachments": 0, "acknowledge_by": "2026-12-04"}', '2026-12-01 03:46:33.021594+00', '0ec5cb1970b65f6743601c5e917ae26a9f09e7c3a4d662cb01054f6766fec533');


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

INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (1, 'X9X4667C8XR', 'c1fafdc64f77bda8d90a18613646e005e92e12df5a22707463ed5fe6519f1ba3', 'complaint', 'api', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x7a7893d13a656e3b348cc02d659283a26be5ad105f71bf042816bb849c9cfdc382f303988cbba02c0c8e8111517d08f4d1099e7321bdbabfd9ff4b0d8a534aa1', 'received', NULL, 0, 0, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (2, '7R4RD2EMH98', 'cff71f135c11e3807e2be12c9a9c09d2ef9acc67e6f3b29c4d1306151593ba1f', 'complaint', 'api', 'mos', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'accepted', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (3, '9VGFQFYJ4MD', '440793a48b04992efbb950d3c10dfa432a1f03a2b1f1f1450d0ba22407999c98', 'complaint', 'api', 'dyu', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x33d67313ef3747bbdf434611443f56a08447f11a78d7c1556cedd469acff08c1f0cf8a3b2c881ca6e0d21ec27433abd0c843238e3707ec5c51bb0429819b15b5', 'assigned', 5, 0, 2, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (4, 'RDF13FYQS5C', '9779fe536dd8f3f15b963165e026ae0c3bc7f389d223f6819e680e24faa2e77c', 'denunciation', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\x470dd4033faa42a8910e797e1ec00185be35012e837e1411cd623101e06edb44e387bf637d0ccf1ac13c739a25cc5e6bc7ffcf815883ced4101e08e620b960de', 'in_progress', 4, 0, 3, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (5, 'ZP57WFQR7ZS', '87e354ce8ee05b04ce106819fbf7b812cc9848c704611ea6dac634df8ded1c29', 'complaint', 'api', 'en', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x6f9b8a6b50a8a0bbe16f349cca14d2b570da7fdd13363f4cdb74766c9901471bfbd51c7e44da862b696ac4653c66045db8ffbfed5b2a380d44425ae156d58a51', 'answered', 8, 0, 4, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (6, 'H21Y1R0NVP8', 'fff091e301c9df3e61a4f803b8460f9778087108384bca509de0e282589adc13', 'complaint', 'api', 'fr', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'appealed', 7, 0, 5, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (7, '727FT1VE2X0', 'b99043c4d7a85b97668fcca237fcc50694565106862ceb7f4f04b1b7792c5267', 'complaint', 'api', 'mos', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\x8afbd61db8a6456cd27be9ce81bdd284398f79f327b1fe71024e0834069245bdc791a63e10d9e750c9517a498b06c65c1700e25724abd3aed50aac7fd4c29ef3', 'closed', 7, 0, 5, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (8, 'PAV4MKKGRAR', '7151e601102b81b6615c9045a526fe11fb3d3dcf430cdf842b3c9377b54a2491', 'complaint', 'api', 'dyu', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x7d0f73088dc5f90835d0c78de9d218c9a95f6a1eedfc4fa4d60018f260c06d87fd280613735352e624bb56480a93652b1edf2e1850bc355fc941e1cf8d5c0860', 'rejected', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (9, '74P2QXVH8V8', '8f6e0d47faf220ed5d8c27a4f107e44849080c0901801b7ff13923dc290b275a', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\xe0847d4bb81739ee20a5bdb673e29d7de559138ad24f74d8f6d883e898f5b47e8842484878ee233f5531665d2165e140c059b1a70af288edc971acecb28acb4b', 'withdrawn', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (10, 'MMVPPYT2K6B', '4bb32529f894dcdad074170fe69490ce002a336492f614e9ddb26ad65f650e0a', 'complaint', 'api', 'en', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (11, 'ZVSY4G1QMRT', '55274f96b55a0f2c9e1faaf716df888acd4af5b4a72830441f16fe2a592e5508', 'denunciation', 'api', 'fr', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\xff69b54e82fca87b7796fa97dd969032f9ab9fd7f07acebd22c0db594144fded1f91a6ecef0a62a17fbc4c8b1593611f93e53d20f427b04c98bc4a3ce22b0ffb', 'accepted', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (12, 'RVHBXZDK7HG', '7d7e38cb4e0c49a0d291e0d7cee170dc1a4e6c04cbf79167bb060c73b4e0f2fc', 'complaint', 'api', 'mos', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\x5adde3aa94ffa62d975126118b0084809cfcc4f20522ed296de3ab0fe7aec5e82c4d961d7580b47b229b0271f1c2ab472d09b459e7ba14a755fdac528cb4fce7', 'assigned', 11, 0, 2, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (13, '4BQEZ7CR36T', '2d04ad7feb492eea9d3a634343bf08f57ad6deb358f28e79a7a58e246a035bc4', 'complaint', 'api', 'dyu', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\xbf50662f82eaa05f576995c896d2a42a26aa80e953b3e0824b7e4957c046b9c1da0ddef8c8360b4ca9a6207d414552dc55e8b79889c7cbe5e517d1adb4566fd7', 'in_progress', 5, 0, 3, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (14, 'FYZ1APWHJ9S', '4073652b31d394451ee1308b5b8c007daa3af8d767c4eaf68129b1260c470769', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'answered', 6, 0, 4, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (15, '5JSDDS6VCV3', '99060d680262cd0b293e6ddb83a662f40719dbc8eb43409362580ff065cef939', 'complaint', 'api', 'en', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x40b493392ef5c75e3137ba03688ad02440c71e21859e77dd5e604ec22f218b86b7c817c7645f64e6147cd05e384ea92f1f3fa2bac3b0bebd15f8a612d80316e3', 'appealed', 5, 0, 5, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (16, 'YK1CW94X291', '215f186a799a90e1b60eb53a5598739a34d4901a1f6a4926397da975cbd016cb', 'complaint', 'api', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'L''infirmier du CSPS n''est pas venu de toute la semaine; le centre est resté fermé et les femmes enceintes sont reparties.', false, '\xa82ec82e870d008e174b882a578125c77e7db2679c3533c570c8c12b86f93cd9c705d397770dc1d23f73e381b9c80d00d11b4259945e570589e8dad777c10047', 'closed', 4, 0, 5, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (17, 'DZJ1M1C3J30', 'd212aecbc2516a84910dc23c73107cbd526bb115964de546e8b1da43676f39c8', 'complaint', 'api', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école primaire publique exige 5000 F de « frais de table-bancs » pour inscrire mon fils en CP1.', false, '\x35ce57f306a50fee4b6b56f3d81c43789d833fd7717ac3761cad5653f21da03e7277c30e0895bfb4357be479c4f70f954c5d914794a7460aa6a6864a64ca5ce9', 'rejected', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (18, 'HKYPFZSY40N', '47dea8fb3204b0ea705f177c640bbf9a4639893e52c5442a52d3b25cc6c16c82', 'denunciation', 'api', 'dyu', 'EDU-ABSENCE', 'EDU-BF50', 'BF500105', NULL, NULL, NULL, 'L''enseignant de CM2 est absent depuis la rentrée d''octobre; les élèves restent dans la cour.', true, NULL, 'withdrawn', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (19, 'EJ71XZGFA2C', '479ddb5138450395e29c0c868f89b62acbb5e2da37ae52c6387dc641eccd2d5f', 'complaint', 'api', 'fr', 'EDU-CANTEEN', 'EDU-BF54', 'BF540307', NULL, NULL, NULL, 'La cantine scolaire n''a servi aucun repas ce trimestre alors que les vivres ont été livrés à l''école.', false, '\xa3b66366117c49ab61b5d62c0cc4e93860f0d9e5bb01dc24f528dc851fa70885a1f6161d47b7f4dbecede818b661f0597d03a2806c9933e0c7572cfeb510ce38', 'received', NULL, 0, 0, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (20, '27SW0AG1A8Y', '0c912c66d5cfbea7ce843c64708f00515154f9877636c3cd931f685ee6925257', 'complaint', 'api', 'en', 'EDU-EXAMS', 'EDU-BF64', 'BF560202', NULL, NULL, NULL, 'Des sujets du CEP circulaient la veille de l''examen contre de l''argent.', false, '\x3a99332acb281962a052c1ca4ab33e13f2e4ab4fb20840674ed4f7b81222b509641fa6b9036affad107d37708502a70a8e0bffd3807aaf7d4f54f15a6d81f25f', 'accepted', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (21, 'EMCHTWYHPK9', 'd8fa3624749c07211c8a93dae3f2b5ed2acdcadcacbe7fe41fac00f714b9d182', 'complaint', 'api', 'fr', 'FP-CAREER', 'FP-BF13', 'BF130004', NULL, NULL, NULL, 'Mon avancement d''échelon de 2024 n''est toujours pas pris en compte dans mon salaire malgré trois relances.', false, '\x5044900e99a6f506e6ad5e02139c47c00e25dfaa300b838d9bce953da2edcd620a9bf77fac2a93d08929460a7b51344e9d14e6dcee709ac19afcc30a351d7597', 'assigned', 10, 0, 2, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (22, 'E0P48C8VATP', '02784ed571a5e71f6d7572adad982e7074bff1a77bbd696e5adacb87cea39879', 'complaint', 'api', 'mos', 'FP-DOCS', 'FP-BF57', 'BF570404', NULL, NULL, NULL, 'Cela fait quatre mois que j''attends la délivrance de mon arrêté d''intégration.', true, NULL, 'in_progress', 9, 0, 3, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (23, 'M7P7RDCTSAT', '17d583e2baccb6338aa94490a599ca7c8b618d4f6315e13c80245f9dde9f3aab', 'complaint', 'api', 'dyu', 'JUS-DELAY', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.', false, '\x5ab4536cb689911237839e0a0eeaaa1540467ce18ca18498912439033355db09e55cb3ecb156873e0a1788ac0ceaa0a4554b9ee909f5dda935841d2c8ed74dcf', 'answered', 11, 0, 4, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (24, 'B755E3K0WXT', 'ec0e63309c08283d75a73c351161f97f651e36189f85b92b047bf051d2e0920e', 'complaint', 'api', 'fr', 'JUS-DOCS', 'JUS-BF63', 'BF520203', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un simple casier judiciaire depuis un mois.', false, '\xe877e5ef037b6c6054820f0244278e25f52ca8896404df82a5f5515e349150804094ca642d0eee3de3f2f7ac0ca7b4044a3c072224233af9330095485c58c7ae', 'appealed', 11, 0, 5, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (25, 'K0Y927T5HYV', '7ac1dd2e17844f38e02a74fe07e8d8e4229bac8ffaea009bb9a9500b8f4ef097', 'denunciation', 'api', 'en', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS du secteur 30, on m''a fait payer 1500 F pour la consultation de mon enfant de 3 ans, alors que les soins sont gratuits pour les moins de 5 ans.', false, '\x2f82bdc3bfbb4358be63a9ea9431345be58ab95b19c988fd156fd5d2f46ca4f00ee28ce8a99486686088326e53c0f91916a4156b46763d282a1a5983f9a02a92', 'closed', 5, 0, 5, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (26, 'A6WKXD9MRF8', '01d0f685954796e451bb1b26c229610a82f77cec044c0b4881e88ba59dbd7f2f', 'complaint', 'api', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Depuis deux semaines, le dépôt pharmaceutique du CMA n''a plus d''amoxicilline ni de SRO; on nous envoie acheter en ville.', true, NULL, 'rejected', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', '2026-12-01 03:46:30.674774+00', NULL, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (27, 'N11EPYDGMR6', 'f1eead9e7d03cab784f5222b34633a7f5e6f76fc8642ea3f121664816a53086d', 'complaint', 'api', 'mos', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Nous avons attendu de 7 h à 14 h aux urgences pédiatriques sans être reçus, avec un enfant qui avait une forte fièvre.', false, '\x1a4b5353e9c33394f37eb77c4c11c6c21f55472a7e087bb0e4b97cb2d23728500e53a3eea602bad2640365324b0f8a12345e02d5f9ca6bbd3b8ff026fc94141c', 'withdrawn', NULL, 0, 1, '2026-12-01 03:46:30.674774+00', '2026-12-01 03:46:30.674774+00', '2026-12-04', '2026-12-14', NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (30, '92QBBTNJH3N', 'c99be3084b2ec2c86bdb80359e5564bfdc4d02e584169c6403cfc4fde3c3212a', 'complaint', 'phone', 'fr', 'SAN-FEES', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'On m''a fait payer un carnet de santé qui devrait être gratuit.', false, NULL, 'received', NULL, 1, 1, '2026-10-22 01:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-10-27', '2026-11-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (31, '9HBXVE3X0S6', '87b858e4e3a9315ef28af06e2e5b1dcd4ac74099cbf80d583c65e61fddf225d1', 'complaint', 'web', 'dyu', 'JUS-DELAY', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'Mon dossier n''a pas avancé depuis deux ans au tribunal.', true, NULL, 'received', NULL, 1, 1, '2026-10-25 00:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-10-28', '2026-11-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (32, 'KNRZVPX80P9', '4e27e5ff1368de5ec557ff5621ef5948adbd52475d8a4fd12f561a21f0c2b504', 'complaint', 'ussd', 'fr', 'SAN-STOCKOUT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Plus de médicaments contre le paludisme au dépôt depuis dix jours.', false, NULL, 'received', NULL, 1, 1, '2026-10-28 23:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-02', '2026-11-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (33, '8D25WGMT6PS', '9681c8e99845053c6a5f07f50cf8dd66bc47f2895b30a550c8fe2a11abfb7461', 'complaint', 'web', 'mos', 'EDU-ABSENCE', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'L''enseignant de CE2 est absent depuis trois semaines.', false, NULL, 'received', NULL, 1, 1, '2026-10-31 22:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-04', '2026-11-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (34, 'GJ99QM2YB22', 'b10c0ca2932326de239d6404204d4eed7db5c6a3d8c2fbacdf7d28d9ee2fe131', 'complaint', 'sms', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'L''accueil a été très désagréable avec une femme enceinte.', true, NULL, 'received', NULL, 1, 1, '2026-11-04 21:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-09', '2026-11-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (35, 'CS1YTCX5V1D', 'a62d3d06e5fa1ae8627e33f3f1ba422d2ab00188a6d858b6c5332e9ce4dfe5d1', 'complaint', 'walk_in', 'dyu', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'J''attends mon attestation de travail depuis cinq mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-08 03:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-11', '2026-11-18', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (36, 'HSP8AH5FPWQ', '4402e0ad0084a1b1bf414e5201ab54dc55038a19b484c34845e64371f73801a9', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Au CSPS on m''a fait payer la consultation de mon bébé de six mois.', false, NULL, 'received', NULL, 1, 1, '2026-11-11 02:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-16', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (37, 'TXWMVS7RY7M', '80aff09ff30aed9132548b388233a1f3b41404c4aded0eab99fb491cc872288f', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'L''école demande 3000 F de frais de table-bancs à chaque élève.', true, NULL, 'received', NULL, 1, 1, '2026-11-11 01:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-16', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-TANGHIN-A');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (38, 'KKR89AZ2E56', '9d144b8f6a7638ec0c9efa245226f9ba31637738ca71d65c84f2ecdab169e66a', 'complaint', 'sms', 'fr', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Les consultations commencent à 10 h alors que le centre ouvre à 7 h.', false, NULL, 'received', NULL, 1, 1, '2026-11-12 00:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (39, '29SJR007NZM', 'f91d2f22c13d940503570d12069b4f5f2bb493d85302db78cadbd45af039fc54', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130006', NULL, NULL, NULL, 'Le dépôt n''a plus de SRO ni de zinc pour les enfants.', false, NULL, 'received', NULL, 1, 1, '2026-11-12 23:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-WEND-KUUNI');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (40, '3QYQS5GXA9Q', 'd00a63645893bd47de7671f7421ed2f2922c3b1bc6192e583ac1344f0ce1dc40', 'complaint', 'ussd', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'La cantine n''a pas fonctionné depuis la rentrée.', true, NULL, 'received', NULL, 1, 1, '2026-11-12 22:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-17', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (41, 'WCWNA833PFE', 'e0b185081ce6b68c7c930005bae67335fb0cf2a36f5616535be5e29dc3027115', 'complaint', 'web', 'mos', 'JUS-DOCS', 'JUS-BF13', 'BF130004', NULL, NULL, NULL, 'On me demande de l''argent pour délivrer un certificat de nationalité.', false, NULL, 'received', NULL, 1, 1, '2026-11-13 21:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-18', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-OUAGADOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (42, '2M5ZC52CCBZ', '0d12d03bd930f5922af4bb83d082d4b5691c79f8b1f1e10d234912cc7f38500d', 'complaint', 'phone', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le major du CSPS est absent tous les vendredis.', false, NULL, 'received', NULL, 1, 1, '2026-11-15 03:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-18', '2026-11-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (43, 'ZRSBZVHE2GV', 'd5227132233a4b21dc2e1f3ac939c97c65dba9dac076e1ad6872752f54ebf4ba', 'complaint', 'web', 'dyu', 'SAN-WAIT', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'Attente de toute une journée pour une échographie.', true, NULL, 'received', NULL, 1, 1, '2026-11-16 02:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-19', '2026-11-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CMA-DO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (44, 'MY64XBT23BQ', 'f8d7b353927a385e1f4a76fabe5300948cd06e41f938a23ef58208ea97461656', 'complaint', 'web', 'fr', 'SAN-RECEPTION', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Un agent a insulté ma mère à l''accueil du centre.', false, NULL, 'received', NULL, 1, 1, '2026-11-16 01:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-19', '2026-11-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (45, 'BG64WCVV4PF', 'c9f5b11d254f20a34e32ae8f484916141614459baf5c629b276a660fc16a7298', 'complaint', 'sms', 'mos', 'FP-CAREER', 'FP-BF49', 'BF490304', NULL, NULL, NULL, 'Mon reclassement n''est toujours pas appliqué sur mon salaire.', false, NULL, 'received', NULL, 1, 1, '2026-11-17 00:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-20', '2026-11-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (55, '1M0F2GZ9D6B', '0a5747cf7fe7add69bcfa6d8002b77d29329d32978b00523cc8116e269a2a98f', 'complaint', 'web', 'dyu', 'SAN-STOCKOUT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Le vaccin contre la rougeole manque depuis deux semaines.', true, NULL, 'received', NULL, 0, 0, '2026-11-26 21:46:30.674774+00', '2026-11-26 21:46:30.674774+00', '2026-12-01', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-PISSY');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (56, '1VPFFRY3DBD', '86cb24f2dc9d3998b914f6bae4f3a35215c153fd56f3cb3a6e68f87da30b3670', 'complaint', 'web', 'fr', 'JUS-FILES', 'JUS-BF53', 'BF530102', NULL, NULL, NULL, 'Mon dossier a été perdu par le greffe.', false, NULL, 'received', NULL, 0, 0, '2026-11-28 03:46:30.674774+00', '2026-11-28 03:46:30.674774+00', '2026-12-02', '2026-12-08', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TGI-BOBO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (57, '5FJT7JRQNK7', 'fa2b41127ed1612d7a5fe629d0cce4ffa14816ff3d4d30e31355a788326dc03d', 'complaint', 'ussd', 'mos', 'SAN-WAIT', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Attente de cinq heures pour un vaccin.', false, NULL, 'received', NULL, 0, 0, '2026-11-29 02:46:30.674774+00', '2026-11-29 02:46:30.674774+00', '2026-12-02', '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (58, '89XH8XEQ7Y2', '59b07ee980dd5511aa01fc0a2fbc06c6ec421d06dad3dfba2310a54225fd5bd7', 'complaint', 'web', 'fr', 'FP-DOCS', 'FP-BF53', 'BF530102', NULL, NULL, NULL, 'On me demande de revenir chaque semaine pour un acte d''intégration.', true, NULL, 'received', NULL, 0, 0, '2026-11-30 01:46:30.674774+00', '2026-11-30 01:46:30.674774+00', '2026-12-03', '2026-12-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'DRFP-GUIRIKO');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (28, '7DA4467Q7RF', '66b551dcfb628f31757a7d6009718f9b0f091651de625463d8e7e72f0476e759', 'complaint', 'web', 'fr', 'SAN-WAIT', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'Attente de plus de six heures aux urgences sans être reçu.', true, NULL, 'received', NULL, 1, 1, '2026-10-15 03:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-10-20', '2026-10-26', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (29, 'DP2WTV77JYP', '30bf329dc0598d914e655427083edb83a0c1168b8b65829a365b8543dc0dcb22', 'complaint', 'sms', 'mos', 'EDU-FEES', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'On exige des frais de cotisation non prévus pour inscrire mon enfant.', false, NULL, 'received', NULL, 1, 1, '2026-10-18 02:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-10-21', '2026-10-28', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (46, 'DM5PSTZ69S3', 'b50baa2ca9442a2c7b6b42ad38dbeab99ccfae9f525432377130d3797f5acdbb', 'complaint', 'web', 'fr', 'EDU-EXAMS', 'EDU-BF53', 'BF530102', NULL, NULL, NULL, 'Des notes du BEPC blanc ont été vendues à certains élèves.', true, NULL, 'received', NULL, 1, 1, '2026-11-17 23:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-20', '2026-11-27', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'LYCEE-OUEZZIN');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (47, 'VGEKYP6NCYA', '28b3b53bf7b2b5222acc067aea722c9f84fbb74aae58b562b85d9ba14f4b312c', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF53', 'BF530102', NULL, NULL, NULL, 'On m''a demandé de payer les gants et la seringue à la maternité.', false, NULL, 'received', NULL, 1, 1, '2026-11-18 22:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-23', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (48, 'X5ACNK3YNQQ', '5348da9e94d0f9eb3baa882413f8a8a11ed51e10798f2eeba68a8d08b3f9c4df', 'complaint', 'web', 'fr', 'EDU-CANTEEN', 'EDU-BF13', 'BF130002', NULL, NULL, NULL, 'Les vivres de la cantine sont vendus au marché par le gérant.', false, NULL, 'received', NULL, 1, 1, '2026-11-19 21:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-24', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KOMSILGA-CENTRE');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (49, 'G5HE4G5TZKM', '3c1127a66f34613cca7ed774c6a384fd1fe885be147455bca1e2d0d1a7f4ff2b', 'complaint', 'ussd', 'mos', 'SAN-FREECARE', 'SAN-BF13', 'BF130004', NULL, NULL, NULL, 'La gratuité des soins pour les moins de cinq ans n''est pas appliquée.', true, NULL, 'received', NULL, 1, 1, '2026-11-21 03:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-25', '2026-12-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (50, 'DA3DK7R2XG7', '3053198e866e1150dc13c43032ed984445288eb6fe22694ee42e2f7b581eb228', 'complaint', 'web', 'fr', 'SAN-ABSENCE', 'SAN-BF49', 'BF490304', NULL, NULL, NULL, 'Le centre est resté fermé deux jours sans explication.', false, NULL, 'received', NULL, 1, 1, '2026-11-22 02:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-25', '2026-12-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CSPS-KAYA-5');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (51, 'KRXAB9C9D6Q', '230998ae08ebdd5212933f9910052b56e53b53af6f5c6f61f553ea6ec802d8a5', 'complaint', 'web', 'dyu', 'SAN-FEES', 'SAN-BF50', 'BF500105', NULL, NULL, NULL, 'On fait payer les pansements aux malades hospitalisés.', false, NULL, 'received', NULL, 1, 1, '2026-11-23 01:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-26', '2026-12-03', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CHR-KOUDOUGOU');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (52, 'QNTNTZM2XGA', '9a686cabbb208163b794f5d4f9105edd24b40ec13e5feb6716b3ecce8d01097c', 'complaint', 'sms', 'fr', 'EDU-ABSENCE', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Deux enseignants de l''école sont absents depuis la fête.', true, NULL, 'received', NULL, 1, 1, '2026-11-24 00:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-27', '2026-12-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (53, '1AGZVBCTF5H', '3b6d4adcaa6c89d6591380883c219d0dd4be33c17d54686cbb3218bafe3d9919', 'complaint', 'web', 'mos', 'EDU-FEES', 'EDU-BF49', 'BF490304', NULL, NULL, NULL, 'Le directeur exige une cotisation pour la fête de fin d''année.', false, NULL, 'received', NULL, 1, 1, '2026-11-24 23:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-27', '2026-12-04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'EPP-KAYA-B');
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (54, '9BSG1GTW2M7', '3e1b9e646aba8322bf0e35b046e3b72cf38075f2828c3ea83791348ce4adcc1b', 'complaint', 'phone', 'fr', 'JUS-DELAY', 'JUS-BF49', 'BF490304', NULL, NULL, NULL, 'Mon jugement n''est pas rédigé un an après l''audience.', false, NULL, 'received', NULL, 1, 1, '2026-11-25 22:46:30.674774+00', '2026-12-01 03:46:32.45068+00', '2026-11-30', '2026-12-07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (59, 'J0V290GAG74', '943a677383fb981bc9793bba00dc8a1362498939e347b440e136bd30c86e0ed5', 'complaint', 'web', 'fr', 'SAN-FEES', 'SAN-BF13', 'BF130004', 'CSPS du secteur 30', NULL, NULL, 'On m''a demandé 2000 F pour un carnet de santé qui est gratuit.', false, '\xce1dfa073cdcb31b37c879571c4929b1cca1c6d414d749ab33c3b30f5451f79fbe84ae79543e1ea9a664f5c1324d2024ee49947b082829eeb165e98fccd3d586dc4caad1472b9934fa176f9a2c9b900852779c11368e262e', 'received', NULL, 0, 0, '2026-12-01 03:46:32.527262+00', '2026-12-01 03:46:32.527262+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (60, 'F6ES2T43F68', '5a00a807fde80e61135e5c70bb371033993d807dfe37ede055d38334ea61891d', 'complaint', 'walk_in', 'fr', 'EDU-FEES', 'EDU-BF13', 'BF130004', NULL, NULL, NULL, 'Le directeur exige 3000 F de frais de dossier pour le CEP.', false, '\xcab50b5c050d9e8335e0dced1a748c86f3131c0ef08d1e6237e635e8d155809c6d08a4f351f31a9f7b76c2ef445c5b31753e20f832e84c1d75cd16b5f977fdbb36dc4b2d36da329a7395c4e28308dde7563fe836ca8c03a830', 'received', NULL, 0, 1, '2026-12-01 03:46:32.658541+00', '2026-12-01 03:46:32.680033+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.complaints (id, tracking_code, secret_hash, kind, channel, language, category_code, unit_code, commune_code, address, lat, long, description, anonymous, complainant, status, assignee_id, escalation_level, version, received_at, updated_at, acknowledge_by, answer_by, acknowledged_at, answered_at, closed_at, duplicate_of, sender_key, media_url, erased_at, service_point_code) VALUES (61, '39VB8RYN3P8', '2cd9bc5007230d6442aa3764495b7c401a7e305a0c759ae3cb92d9650d3bbf3a', 'complaint', 'sms', 'fr', 'GEN-OTHER', 'GEN', NULL, NULL, NULL, NULL, 'Le CSPS de Pissy est fermé depuis lundi, personne pour nous recevoir.', false, '\x8ba89caeb4a42afdb4a53af6425d35aaa8b173022777797502d66a3dad52e151f5f4735fc4a52ebdd58aee8980d17195ac312bf0746502822e95badf0f48ad06', 'received', NULL, 0, 0, '2026-12-01 03:46:33.021594+00', '2026-12-01 03:46:33.021594+00', '2026-12-04', '2026-12-14', NULL, NULL, NULL, NULL, '39daefa76bc99bb6a402893b4780ba0f9cc8d71903d096c9da3230c6980d0d40', NULL, NULL, NULL);


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

INSERT INTO public.guide_versions (id, category_code, version, procedure, templates, created_by, created_at) VALUES (1, 'SAN-FEES', 1, 'Vérifier le reçu; appeler le responsable du centre.', '{"fr": {"body": "Les soins des enfants de moins de 5 ans sont gratuits."}}', 1, '2026-12-01 03:46:32.958459+00');


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

INSERT INTO public.inbound_messages (id, channel, gateway_id, sender_key, received_at, limited, reply) VALUES (1, 'sms', 'fixture-v26', '39daefa76bc99bb6a402893b4780ba0f9cc8d71903d096c9da3230c6980d0d40', '2026-12-01 03:46:33.021594+00', false, '\xc0404aee4873050cf4de5620fd518ab413802a21efe42e43838584316f2575beddd80017b68dd5e176c6df8e07bb423401553a29ef8de08b935c85d9562fc1e0d32f3e5519ac1223ddc556345071f76b6dd8d7dcbb14b73cc74c719328c2c032683acfd9154aff2389792daeac9af33505eca882a6b813680e9e783092d9ab5226e7ab86eb4f237b34f69077a05cdba4a4b39d3c2c5a02abcbb5151f6eea20ccf9cb717674527cb22be4a3af55808c2e1c7d45137c6639f88c53e8ed20b5d3d731a7');


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
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-18', 'EDU-BF53', 'BF53', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-22', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-25', 'JUS-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-28', 'SAN-BF53', 'BF53', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-10-31', 'EDU-BF49', 'BF49', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-04', 'SAN-BF13', 'BF13', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-08', 'FP-BF53', 'BF53', 'walk_in', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-11', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-11', 'EDU-BF13', 'BF13', 'web', 'EPP-TANGHIN-A', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'SAN-BF53', 'BF53', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'SAN-BF13', 'BF13', 'web', 'CSPS-WEND-KUUNI', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-12', 'EDU-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-13', 'JUS-BF13', 'BF13', 'web', 'TGI-OUAGADOUGOU', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-15', 'SAN-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-16', 'SAN-BF53', 'BF53', 'web', 'CMA-DO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-16', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-17', 'FP-BF49', 'BF49', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-17', 'EDU-BF53', 'BF53', 'web', 'LYCEE-OUEZZIN', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-18', 'SAN-BF53', 'BF53', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-19', 'EDU-BF13', 'BF13', 'web', 'EPP-KOMSILGA-CENTRE', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-21', 'SAN-BF13', 'BF13', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-22', 'SAN-BF49', 'BF49', 'web', 'CSPS-KAYA-5', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-23', 'SAN-BF50', 'BF50', 'web', 'CHR-KOUDOUGOU', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-24', 'EDU-BF13', 'BF13', 'sms', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-24', 'EDU-BF49', 'BF49', 'web', 'EPP-KAYA-B', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-25', 'JUS-BF49', 'BF49', 'phone', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-26', 'SAN-BF13', 'BF13', 'web', 'CSPS-PISSY', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-28', 'JUS-BF53', 'BF53', 'web', 'TGI-BOBO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-29', 'SAN-BF49', 'BF49', 'ussd', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-11-30', 'FP-BF53', 'BF53', 'web', 'DRFP-GUIRIKO', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'SAN-BF13', 'BF13', 'web', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'EDU-BF13', 'BF13', 'walk_in', '', 1);
INSERT INTO public.intake_days (day, unit_code, region_code, channel, service_point_code, n) VALUES ('2026-12-01', 'GEN', '', 'sms', '', 1);


--
-- Data for Name: intake_receipts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('web:e714fe08d1455cdad34a7bfe504a4373:6f558a39c36be469', 59, '\xebc5595c949c0ae934d60d017019c1b4fca8c767222d9116374ee5443179c11c2c3ecbfcbd9bb81cb721e61ae11cc681', '2026-12-01 03:46:32.527262+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('api:staff1:fixture-v26-1:56874d94594a999763fbea2978c3fe0f', 60, '\x36faf5841e8141d73e5c32e40c39e6d8e0e404daa351dc191415b0a9c7fe7834aa11ca79e73e3fc30b2e219092af58cf', '2026-12-01 03:46:32.658541+00');
INSERT INTO public.intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES ('sms:fixture-v26', 61, '\x146517a0951a848a516c9efdb0a6e782a9f338257055efa81b11fa3ee80ae362ab3de999d0d8f2615415c7518e60a221', '2026-12-01 03:46:33.021594+00');


--
-- Data for Name: key_rotation; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (1, 1, 'sms', '\x97dbee2feb1ac17baa1cca9642273aafec3eba3dbe17421e34ef1112b6fa9ac579c9857f7f314e8b74625ed548b1936b466a4049', 'fr', 'receipt', '{"code": "X9X4-667C-8XR", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (2, 3, 'sms', '\xa7a2bb9d2c7c892e591cf81b383f0f8526f1640b6046288cadfe19f71a3d35138400b8177e7394ac3f0be4461b84db44b57ce058', 'dyu', 'receipt', '{"code": "9VGF-QFYJ-4MD", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (3, 3, 'sms', '\x318e57ec2bc4511c3b52a5e8aa594b2cb4a591a3bac06387db7e6c4c55cf4be7b3161dec532a8af7a9c0abe594c1a03f6b0cb2f3', 'dyu', 'accepted', '{"code": "9VGF-QFYJ-4MD", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (4, 3, 'email', '\x72a6ecbf9172ffef8fc8845ea7430898b47cb2e65a3a25a8de49de90cc7ecf1812af8d301caf382c1e4e0f5782f51e16efed2d71aae9bccd66a169b16feba0f56bc0f7d2864306dda646aa', 'fr', 'assigned', '{"code": "9VGF-QFYJ-4MD", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (5, 4, 'sms', '\xf53ef95fc19de6f5da0f1517d2a4741e53b1941de3fda441b66cecfa73be1d0396f4bada742276b2e081d205e7d6cb9b8eac67be', 'fr', 'receipt', '{"code": "RDF1-3FYQ-S5C", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (6, 4, 'sms', '\xb6fcb4164bd69289b2836998818b64b82d13f6d49970e28744a22ddda6bc1f41b9bc79e74d9d753e89f0eaaee4b5da2843f79b5d', 'fr', 'accepted', '{"code": "RDF1-3FYQ-S5C", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (7, 4, 'email', '\xe33bf9e498a59ee68e975ebc6c1cfb64b5c4b2a2508ff93e98b1d3cf074a5ae80380c6c74fa2156b2e62510a348741ac10c82fa4e60dd449d1fbc17c39a9272c26d0598ebef5a3b466', 'fr', 'assigned', '{"code": "RDF1-3FYQ-S5C", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (8, 5, 'sms', '\x5c0b2b74c42bbbfa4c8482c8c10b222f98a865b3f13129a3772d7446809b227dc2a71810f739739c45fd78219d5bf0f3995a70be', 'en', 'receipt', '{"code": "ZP57-WFQR-7ZS", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (9, 5, 'sms', '\xbf1e45a3af4c338aa73b14370a5862916d4268d53eed1df4772924b3ad10d27b8fba55a98d47c55548a14e1e6cd3ced1e5556339', 'en', 'accepted', '{"code": "ZP57-WFQR-7ZS", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (10, 5, 'email', '\x79ae9d006d77761370a86912c177941f262e77bd18525a6dc73f5206e7999f72a70a5af472aaf22ad2c337709d6986153bb13b16bfb6933b79318aa6a8529c32cbd49829d6e3e892f71165d23f7729', 'fr', 'assigned', '{"code": "ZP57-WFQR-7ZS", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (11, 5, 'sms', '\x7d0bca6b84d564c1abf7a8a92f48ddb082a3418d1babac66d2ae4296ee1450bdfc137d6d68b0fb73ac151a291b2c105c98d5b539', 'en', 'answered', '{"code": "ZP57-WFQR-7ZS", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (12, 6, 'email', '\xf7811f98cfd2611ba74951727236609f2bd915eb09508adf07cf93f63726aa2fb6b45e4669a8c2f5a2d147a34b3baa8008f9d99a323ad29cdf358817012a880cc7b0b97c8d6daed151d0099117', 'fr', 'assigned', '{"code": "H21Y-1R0N-VP8", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (13, 7, 'sms', '\x06b73f61be8fd1b4a9ce7b839e1700442a46c78c93d52f75a5eab6360ec071dec33928525a78b459c543290358d444d17af09420', 'mos', 'receipt', '{"code": "727F-T1VE-2X0", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (14, 7, 'sms', '\x0a75a2a398862e1a438b4ec9d6bbe30bc344a3c7c7becf020e1e60033fb23803ed81268f8b76996dc90c9aaae8c36ef05c8aa75b', 'mos', 'accepted', '{"code": "727F-T1VE-2X0", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (15, 7, 'email', '\xf164f3c91ed762f081d6d35ad473dc826891b47aa028acda9d63483638efd6ed861fa8802e4013c6c4a4c8955f8aefed79da9525221ced7c178e2b4ca21574534f9df7567b9ec2ecd36822585a', 'fr', 'assigned', '{"code": "727F-T1VE-2X0", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-CANTEEN", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (16, 7, 'sms', '\x9e7e6cd9290aa200f065d0aa120e3e4561d1d6425d7ef3b4b6d6cd2c78b1d36715e2a57b6c1e3c2d3e1f0675cb42f068a167417b', 'mos', 'answered', '{"code": "727F-T1VE-2X0", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "EDU-CANTEEN", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (17, 8, 'sms', '\xaca7845d033fc82120e50dc5bc3875844dc405bdc04987c69ff03c891e1dd9bd58c94d1a9199de27ce2b77047959282df89a166a', 'dyu', 'receipt', '{"code": "PAV4-MKKG-RAR", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (18, 8, 'sms', '\xb6ec72f536769f40531a30406d82a18821ce30fe5fbc4bf21ffbc90cfa876b422de90b33414b4b5cddae7f5e3fda404e29ed08ee', 'dyu', 'rejected', '{"code": "PAV4-MKKG-RAR", "answer": "14/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-EXAMS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (19, 9, 'sms', '\x2e5ba60bd69817e61247e34af0abc99e884d770679b24106dc0e4bc725cfbd03d3cc4aa7fbdd4aba09fc569d7d975261c136147c', 'fr', 'receipt', '{"code": "74P2-QXVH-8V8", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (20, 11, 'sms', '\x11b84e5636efcb6b444b948162cb47de0b2d12a31c22b0f168d9000fe235157d4f3da372559e7b30390ebc13508a8f7fbb62d478', 'fr', 'receipt', '{"code": "ZVSY-4G1Q-MRT", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (21, 11, 'sms', '\xfe5c75a47a3d0f23f74b44b832163c9d0399160dc66a8654e048b7cacb7113fc5b81faf9d7111c39106a5a622e84969dab254613', 'fr', 'accepted', '{"code": "ZVSY-4G1Q-MRT", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (22, 12, 'sms', '\xc3d0923d470d251c758738b225aeccae1e62ce9da7562b2970c6e4d15896d06933a149b748763e9753d1df7133e2bd095b42875f', 'mos', 'receipt', '{"code": "RVHB-XZDK-7HG", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (23, 12, 'sms', '\x0e43cd51cc0171efeb8cbbd346e55f87385c75c1698407f4b6f7eb714b1f0823f9ce4ad4bee1bb1bb31b664bfb94f6989d559a69', 'mos', 'accepted', '{"code": "RVHB-XZDK-7HG", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (24, 12, 'email', '\x8cbb415e1f101fb30e41527ef47681f5d3863404a606cd13011dac0775307a53022780125a7e91b04f8def3c21ed417f01fce2bd7ff49f5f53d2e282f5156f9df728eaa2e32db8cba1a8d2', 'fr', 'assigned', '{"code": "RVHB-XZDK-7HG", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (25, 13, 'sms', '\xbf94fb38c42c40b6eefb8e66115d92b9ee61fdbd24c0ba0747e1a415c5179927d00e8c4d8d00b08837f8e37a0883505ec3f56e3e', 'dyu', 'receipt', '{"code": "4BQE-Z7CR-36T", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (26, 13, 'sms', '\xb99a5bc9cad83bebfc5b96c10786ce95561306353edbb30f4664308ec9e3a3b673fae04291a444c8d459c28f3c2b19178c26b303', 'dyu', 'accepted', '{"code": "4BQE-Z7CR-36T", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (27, 13, 'email', '\xa65b0a70c2e85fa6e9786565d23b82833dfa1f5ed8666a92a72dcb6bcde3c9480dd39801ddd083e86c7e265c60e6a1fccb91438a412f1d5360faddd6001d2b83920bef675abfc213705e3c', 'fr', 'assigned', '{"code": "4BQE-Z7CR-36T", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (28, 14, 'email', '\x2be0f6fb0339576584912274affdec2e38b47cd142e9e208c00289bbb73abf3c874532723f498dbabee659d5268130318aa62ea4d573e33ef079bca26d83704b8d7fb293b1d2607f39d4af', 'fr', 'assigned', '{"code": "FYZ1-APWH-J9S", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-STOCKOUT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (29, 15, 'sms', '\xfbed6725f921e7a190da6bd630defe210276f6af1159e7cf6e5e4c54fcf8398b579a62583419db1143b97fffd5729e1070ebd276', 'en', 'receipt', '{"code": "5JSD-DS6V-CV3", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (30, 15, 'sms', '\x68b58df6b665b4642aac9148ad3eda5d80ecfed5d1bb0c9d03c72b6869e14ffa6d9525e897632690ed3fe07dcc3af3c3f265895d', 'en', 'accepted', '{"code": "5JSD-DS6V-CV3", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (31, 15, 'email', '\xb7e3bae73ce492df9c00639d9a29707525d804ddd36ffd4093b35a8b529f9c4b59298886c0a4534291f262ed469088bd1ac700a0a717e24d57b20a0bf422d20ae9a6361e566da30b03a25c', 'fr', 'assigned', '{"code": "5JSD-DS6V-CV3", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (32, 15, 'sms', '\x0b2075ec82b4760bb4c2117028705d5a77466bd15abf92325ed6daa2421e0958f28f45c90c4690432d27846937f111e6d0b75707', 'en', 'answered', '{"code": "5JSD-DS6V-CV3", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-WAIT", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (33, 16, 'sms', '\x38e4eb047c1e00b9283a6999199b232bee41544454371cc078d5646b1a6ef885b849642bbd50107e779286e0cd55ad9ad7c39943', 'fr', 'receipt', '{"code": "YK1C-W94X-291", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (34, 16, 'sms', '\x4d05e75cb52df9ed0c22ff902a4cf694522b7720963029811b00ee0c00f90dd17504fa01ed38ef7fc7160ab9d4fc855e1ca4eced', 'fr', 'accepted', '{"code": "YK1C-W94X-291", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (35, 16, 'email', '\xccaa324c39538bc133af41d16654fef4777f84181a9156a1f881b8851999ea1b58cf8fa243c126ed229327b64017664b627f45e9eb300ded1aa0f8e65317aeea51dbdeae504b14faae', 'fr', 'assigned', '{"code": "YK1C-W94X-291", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (36, 16, 'sms', '\x7380a91ca9c962ce4a8c220122c0dd5c9433b615fd1b1ecbc7ac13cdc854941f1c09e076f2e8cde7e40ffad5ec27eeb26a19fc24', 'fr', 'answered', '{"code": "YK1C-W94X-291", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-ABSENCE", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (37, 17, 'sms', '\x15867cef5b37688243fe28b03ebf4c1784de4d1b9d26b6dc0c5da21d361cefa2e3a5cd00e4e4c27506e9669cb0ef94eedfdaeb3c', 'mos', 'receipt', '{"code": "DZJ1-M1C3-J30", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (38, 17, 'sms', '\xde6ff246b12fa2df496efa8957fb80ba68a378e5528f12b12f77d3bc5670d749ab6780d5395515584fc7bc8fabd852d99d7154b9', 'mos', 'rejected', '{"code": "DZJ1-M1C3-J30", "answer": "14/12/2026", "reason": "La plainte ne concerne pas un service public de ce ministère.", "message": "", "category": "EDU-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (39, 19, 'sms', '\xc68a14745490cc62d94cc416e702d3052e5ddc71028aad52954e2ebaa272fa7660b607dee1fe7f81139c0c2959cdb519240a1956', 'fr', 'receipt', '{"code": "EJ71-XZGF-A2C", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (40, 20, 'sms', '\xec39b4a45f4379b53966f7d5333f7928bbb88ec334762a34fd9e672f41add5621a3097a7dcf2a7264ae562d0249b5ea8637cbd9e', 'en', 'receipt', '{"code": "27SW-0AG1-A8Y", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (41, 20, 'sms', '\x19064253e770111ba345e63e042b11ab85559f22c2f90162c9229aab36a3da1877814198949796dbcc92357f0d430a4297aca716', 'en', 'accepted', '{"code": "27SW-0AG1-A8Y", "answer": "14/12/2026", "reason": "", "message": "", "category": "EDU-EXAMS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (42, 21, 'sms', '\x895a59120107e84ed247d81dd85acf795272d416c8c02768b2203ecff26d7c0502c965ffee150948a132fdc948d3c731839b458b', 'fr', 'receipt', '{"code": "EMCH-TWYH-PK9", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (43, 21, 'sms', '\x3927ba3502a3dc65eed5596731c0974ee2042bbc7cc9d6b45c64da56fb43b51963352d7d7505b87baa5c03bede993f7e8bde4501', 'fr', 'accepted', '{"code": "EMCH-TWYH-PK9", "answer": "14/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (44, 21, 'email', '\x05dc724864cda8b60f567ca308a175a2f025204eff51a84d06a7fd8985a4c2437f7b781eb01d47f64fcd8a0e6b0aff1a935041a219ed7d5e148f7ab911d3ad5215924c9a47ec6a29', 'fr', 'assigned', '{"code": "EMCH-TWYH-PK9", "answer": "14/12/2026", "reason": "", "message": "", "category": "FP-CAREER", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (45, 22, 'email', '\x8079b44f3062f9c816657cec7d5c9468e65941ba229d2fbec7638a1890db77b1d75657e7252eb565a908f08b0bba4ccf7a61bffbcf8bfd767e49287e070bd04621f48c811634', 'fr', 'assigned', '{"code": "E0P4-8C8V-ATP", "answer": "14/12/2026", "reason": "", "message": "", "category": "FP-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (46, 23, 'sms', '\x71509c8067215043face776488f0bb082302ff3b20cb42f47a31cabeef88ffda0c030f143644572ddb24f34272b88b00a2df3576', 'dyu', 'receipt', '{"code": "M7P7-RDCT-SAT", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (47, 23, 'sms', '\xe16ab125a33a8e12643ba4109829d3993e84af497a0f284b9fa570929b3d38b6cbeb092ff9726bddff92ff90bb5098f3f24f0451', 'dyu', 'accepted', '{"code": "M7P7-RDCT-SAT", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (48, 23, 'email', '\xa3fd0386b1076e005b51081401b27da799d446f40b6e8d621b4fb363143bf5f0c7715fe620420ca38b756452751b79bd913c32d8040295f9f8cdf97e1f2c942060a72d4043af9ac1a898d9', 'fr', 'assigned', '{"code": "M7P7-RDCT-SAT", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (49, 23, 'sms', '\xab94613521361713d5932dee999c8f55adbc07bd867a14672f2c71ae0034d3feb890b629e06d9148a16b90e80ebe0b256bba973a', 'dyu', 'answered', '{"code": "M7P7-RDCT-SAT", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DELAY", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (50, 24, 'sms', '\xcc19af603630175a769e43224511931214dfc10e2cde29c8a9fd3b3fe047c3e9cc9f4dece072532d71c6cba535052bf2d2d619ec', 'fr', 'receipt', '{"code": "B755-E3K0-WXT", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (51, 24, 'sms', '\xf8e8076d13cc632d5df6bca8f2db8c1173215294ea2f33af67192216dcb62ced6a25845afcb0fa472658bee77da39d2724570cfb', 'fr', 'accepted', '{"code": "B755-E3K0-WXT", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (52, 24, 'email', '\x69faa65d8aead8ca399cedbe66d483749748711c761db677b3e4e912c18682f1e4b011b94e4d23150687052d954f019f1d15d18d16a38cab66dcff2dade363145f5f98e36f704f17005187', 'fr', 'assigned', '{"code": "B755-E3K0-WXT", "answer": "14/12/2026", "reason": "", "message": "", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (53, 24, 'sms', '\x1382e2ce69a4b52934aeb6b35510b0a0d6f4466290d1f69c39bce33a2c8c495dae6e03c83ab642454975c7d77337fee9f4b2c87f', 'fr', 'answered', '{"code": "B755-E3K0-WXT", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "JUS-DOCS", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (54, 25, 'sms', '\xe8e7e9d690e8229a39ed4d75a19178d143b2eb1c7a16914c0c3e6fbea2a7e251ab108cae4eac1610ca09f67cbdef5c31f14d4d55', 'en', 'receipt', '{"code": "K0Y9-27T5-HYV", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (55, 25, 'sms', '\x17a95c1ed6712de5087c578235846b3d18ada7d8cdf441fc6af9baba4d641bfc094289ecec2afe83b44d9d345194fa45d0be49db', 'en', 'accepted', '{"code": "K0Y9-27T5-HYV", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (56, 25, 'email', '\x9181015319b09d1e56f29031596a27143228740245a69f246f57560af8c33f5246b465bf5e554de7244523722a6a1610ec55b3e88a83652897df8ced16caf5b3c968925b4d1d7417fb88e3', 'fr', 'assigned', '{"code": "K0Y9-27T5-HYV", "answer": "14/12/2026", "reason": "", "message": "", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (57, 25, 'sms', '\xf0f6ff306b0977a3326dbcf3d5b0223451876902d3109e852b67e1ca1469310545aa90af873e7e2b5603651bbecefce36ef780ef', 'en', 'answered', '{"code": "K0Y9-27T5-HYV", "answer": "14/12/2026", "reason": "", "message": "Après vérification auprès de la structure, la situation a été corrigée et l''agent concerné a été rappelé à l''ordre. Merci de votre signalement.", "category": "SAN-FEES", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (58, 27, 'sms', '\x413268a981a6b021488a5f6d7191f6556cda25063b6855914bcb8e57c171ee56e0adbc2aa96c70a87ebde70c0ccd2f5365e71338', 'mos', 'receipt', '{"code": "N11E-PYDG-MR6", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:30.674774+00', NULL, NULL, NULL, '2026-12-01 03:46:30.674774+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (59, 59, 'sms', '\x94c8a76a436ca7307013cf5f9ca46856e6f925e38606369c8e44129442e7f49b3e40b4ae0ef9e7c3b8dd510fc4424bab5a76977f', 'fr', 'receipt', '{"code": "J0V2-90GA-G74", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:32.527262+00', NULL, NULL, NULL, '2026-12-01 03:46:32.527262+00', NULL);
INSERT INTO public.notifications (id, complaint_id, channel, recipient, language, template, params, status, attempts, next_attempt_at, lease_until, leased_by, last_error, created_at, sent_at) VALUES (60, 60, 'email', '\x25a9c3be1ba30283e820557579af6807f886699c7f144431a3cd6fe19db915437ef632f08622654204115b2d8d41cf4c157560be9a29cd', 'fr', 'receipt', '{"code": "F6ES-2T43-F68", "answer": "14/12/2026", "acknowledge": "04/12/2026"}', 'pending', 0, '2026-12-01 03:46:32.658541+00', NULL, NULL, NULL, '2026-12-01 03:46:32.658541+00', NULL);


--
-- Data for Name: phone_senders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phone_senders (sender_key, language, stopped, pending_code, pending_step, pending_department, pending_until, updated_at) VALUES ('39daefa76bc99bb6a402893b4780ba0f9cc8d71903d096c9da3230c6980d0d40', NULL, false, '39VB8RYN3P8', 'department', NULL, '2026-12-01 03:56:33.021594+00', '2026-12-01 03:46:33.021594+00');


--
-- Data for Name: poster_campaigns; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.poster_campaigns (id, started_on, label, region_code, created_by, created_at) VALUES (1, '2026-11-10', 'Affiches dans les centres de santé, écoles et tribunaux', NULL, NULL, '2026-12-01 03:46:30.674774+00');


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

INSERT INTO public.routing_rules (id, category_code, department_code, region_code, province_code, commune_code, unit_code, created_at) VALUES (1, 'SAN-FEES', NULL, NULL, NULL, 'BF130004', 'SAN-BF13', '2026-12-01 03:46:32.702328+00');


--
-- Data for Name: secret_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (6, 0, '2026-12-01 03:46:30.86498+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (9, 0, '2026-12-01 03:46:30.930947+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (15, 0, '2026-12-01 03:46:31.058995+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (18, 0, '2026-12-01 03:46:31.11965+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (24, 0, '2026-12-01 03:46:31.232528+00', NULL);
INSERT INTO public.secret_attempts (complaint_id, attempts, window_start, locked_until) VALUES (27, 0, '2026-12-01 03:46:31.286932+00', NULL);


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
INSERT INTO public.service_points (code, unit_code, kind, name, commune_code, address, removed_at) VALUES ('EPP-PABRE-ANCIEN', 'EDU-BF13', 'school', 'École de Pabré (ancien site)', 'BF130005', NULL, '2026-12-01 03:46:30.674774+00');


--
-- Data for Name: sign_in_attempts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: staff_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('c3b8fb6afcc7ae05d6509df6e5ade9f9c6df15b295c30246a47e4a9a12c781a9', 5, '2026-12-01 03:46:32.855074+00', '2026-12-01 15:46:32.855074+00');
INSERT INTO public.staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ('5e1835aa87c23f2603657938f4359fbc81cfcb89ee6ea6f73768e2a006178b04', 1, '2026-12-01 03:46:32.922881+00', '2026-12-01 15:46:32.922881+00');


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
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-10-27', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF13', '2026-10-28', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF49', '2026-11-04', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-09', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF53', '2026-11-11', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-16', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-16', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-17', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-17', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-17', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF13', '2026-11-18', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-11-18', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-19', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-19', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF49', '2026-11-20', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF53', '2026-11-20', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF53', '2026-11-23', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-24', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-11-25', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-11-25', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF50', '2026-11-26', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF13', '2026-11-27', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('EDU-BF49', '2026-11-27', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF49', '2026-11-30', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF13', '2026-12-01', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('JUS-BF53', '2026-12-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('SAN-BF49', '2026-12-02', 1);
INSERT INTO public.unit_due (unit_code, due, n) VALUES ('FP-BF53', '2026-12-03', 1);
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

INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (2, 'auditeur@demo.redress.bf', 'Jean Zongo', 'auditor', NULL, '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (3, 'accueil.sante@demo.redress.bf', 'Fatimata Diallo', 'intake', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (4, 'superviseur.sante@demo.redress.bf', 'Dr Salif Ouédraogo', 'supervisor', 'SAN', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (6, 'agent.sante.guiriko@demo.redress.bf', 'Issouf Traoré', 'officer', 'SAN-BF53', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (7, 'superviseur.education@demo.redress.bf', 'Paul Compaoré', 'supervisor', 'EDU', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (8, 'agent.education.kadiogo@demo.redress.bf', 'Awa Nikiéma', 'officer', 'EDU-BF13', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (9, 'superviseur.fp@demo.redress.bf', 'Rasmané Ilboudo', 'supervisor', 'FP', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (10, 'agent.fp.kadiogo@demo.redress.bf', 'Alizèta Tapsoba', 'officer', 'FP-BF13', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (11, 'superviseur.justice@demo.redress.bf', 'Clémentine Somé', 'supervisor', 'JUS', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (12, 'agent.justice.kadiogo@demo.redress.bf', 'Hamidou Belem', 'officer', 'JUS-BF13', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (13, 'orientation@demo.redress.bf', 'Boukary Ouattara', 'intake', 'GEN', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (5, 'agent.sante.kadiogo@demo.redress.bf', 'Mariam Sawadogo', 'officer', 'SAN-BF13', '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);
INSERT INTO public.users (id, email, name, role, unit_code, password_hash, disabled, created_at, failed_logins, locked_until, totp_secret, totp_last_step) VALUES (1, 'admin@demo.redress.bf', 'Aminata Kaboré', 'admin', NULL, '$argon2id$v=19$m=19456,t=2,p=1$KCITIU6rwV6hp/KZ1tQyGw$sJT4SDiYAe2Vv0ommko0J7YzgG5KKwv0tEn4xj5jJKg', false, '2026-12-01 03:46:30.674774+00', 0, NULL, NULL, NULL);


--
-- Data for Name: ussd_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ussd_sessions (session_id, sender_key, state, updated_at) VALUES ('fixture-v26', '2c23dc904b3a0651b4b9181c7a4fdb283ecfaf4d865d637c68adf0ab829a5165', '{"session":{"language":null,"step":"Language","back":[],"draft":{"kind":null,"department":null,"category":null,"region":null,"commune":null,"description":null,"code":null}},"seen":""}', '2026-12-01 03:46:33.049112+00');


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

CREATE TRIGGER audit_head_follows AFTER INSERT ON public.complaint_events REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION public.audit_head_follows_all();


--
-- Name: complaint_events complaint_events_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaint_events_no_change BEFORE DELETE OR UPDATE ON public.complaint_events FOR EACH ROW EXECUTE FUNCTION public.complaint_events_append_only();


--
-- Name: complaints complaint_tallies; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaint_tallies AFTER DELETE ON public.complaints FOR EACH ROW EXECUTE FUNCTION public.complaint_tallies();


--
-- Name: complaints complaint_tallies_added; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaint_tallies_added AFTER INSERT ON public.complaints REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION public.complaint_tallies_added();


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


