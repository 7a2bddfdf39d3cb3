//! Real gateways for tests: an SMTP server (Python's aiosmtpd writing a Maildir) and Kannel
//! (bearerbox + smsbox with the fakesmsc simulator), each on free local ports. Outside CI a
//! missing one skips the test with a message; under CI=true it fails.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn missing(what: &str) -> Option<()> {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{what} is required under CI=true");
    }
    eprintln!("SKIPPED: {what} is not installed");
    None
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn temp_dir(prefix: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(store::testing::unique(prefix));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A mail received by the SMTP server.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub struct SmtpServer {
    child: Child,
    dir: PathBuf,
    pub port: u16,
}

impl SmtpServer {
    pub fn start() -> Option<SmtpServer> {
        let probe = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status();
        if !probe.is_ok_and(|s| s.success()) {
            missing("python3 with aiosmtpd (pip install aiosmtpd)")?;
        }
        let dir = temp_dir("redress-smtp-");
        let port = free_port();
        let child = Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(dir.join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        wait_for_port(port, "aiosmtpd");
        Some(SmtpServer { child, dir, port })
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    /// Every mail received so far, decoded by Python's email package.
    pub fn mails(&self) -> Vec<Mail> {
        let script = r#"
import json, mailbox, sys
out = []
for m in mailbox.Maildir(sys.argv[1], create=False):
    msg = mailbox.MaildirMessage(m)
    import email.policy, email
    parsed = email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
    out.append({"to": str(parsed["To"]), "subject": str(parsed["Subject"]),
                "body": parsed.get_body(("plain",)).get_content()})
print(json.dumps(out))
"#;
        let mail_dir = self.dir.join("mail");
        if !mail_dir.exists() {
            return Vec::new();
        }
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(&mail_dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// An SMS the simulated operator received: (to, text).
pub type Sms = (String, String);

pub struct Kannel {
    children: Vec<Child>,
    dir: PathBuf,
    pub sendsms_port: u16,
    smsc_port: u16,
    /// How many simulated phones (fakesmsc runs) were started: each writes its own file.
    phones: usize,
    /// sendsms over HTTPS.
    tls: bool,
}

/// A certificate authority and a server certificate it signed for `localhost` and
/// 127.0.0.1, made with openssl in `dir`: (CA file, certificate file, key file).
pub fn test_certificates(dir: &std::path::Path, name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let path = |file: &str| dir.join(format!("{name}-{file}"));
    let (ca_key, ca, key, csr, cert, ext) = (
        path("ca.key"),
        path("ca.pem"),
        path("key.pem"),
        path("csr.pem"),
        path("cert.pem"),
        path("ext.cnf"),
    );
    std::fs::write(
        &ext,
        "subjectAltName = DNS:localhost, IP:127.0.0.1\nbasicConstraints = CA:FALSE\n",
    )
    .unwrap();
    let steps: [Vec<&std::ffi::OsStr>; 3] = [
        vec![
            "req".as_ref(),
            "-x509".as_ref(),
            "-newkey".as_ref(),
            "ec".as_ref(),
            "-pkeyopt".as_ref(),
            "ec_paramgen_curve:P-256".as_ref(),
            "-nodes".as_ref(),
            "-days".as_ref(),
            "2".as_ref(),
            "-subj".as_ref(),
            "/CN=Redress test CA".as_ref(),
            "-keyout".as_ref(),
            ca_key.as_os_str(),
            "-out".as_ref(),
            ca.as_os_str(),
        ],
        vec![
            "req".as_ref(),
            "-newkey".as_ref(),
            "ec".as_ref(),
            "-pkeyopt".as_ref(),
            "ec_paramgen_curve:P-256".as_ref(),
            "-nodes".as_ref(),
            "-subj".as_ref(),
            "/CN=localhost".as_ref(),
            "-keyout".as_ref(),
            key.as_os_str(),
            "-out".as_ref(),
            csr.as_os_str(),
        ],
        vec![
            "x509".as_ref(),
            "-req".as_ref(),
            "-in".as_ref(),
            csr.as_os_str(),
            "-CA".as_ref(),
            ca.as_os_str(),
            "-CAkey".as_ref(),
            ca_key.as_os_str(),
            "-CAcreateserial".as_ref(),
            "-days".as_ref(),
            "2".as_ref(),
            "-extfile".as_ref(),
            ext.as_os_str(),
            "-out".as_ref(),
            cert.as_os_str(),
        ],
    ];
    for args in steps {
        let out = Command::new("openssl")
            .args(&args)
            .output()
            .expect("openssl");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    (ca, cert, key)
}

const FAKESMSC: &str = "/usr/lib/kannel/test/fakesmsc";
/// The repository's Kannel configuration (deploy/kannel/kannel.conf), tested here.
const CONFIG: &str = include_str!("../../../../deploy/kannel/kannel.conf");

impl Kannel {
    /// Kannel whose inbound messages go nowhere (outbound tests).
    pub fn start() -> Option<Kannel> {
        Kannel::start_for("http://127.0.0.1:9", "-")
    }

    /// bearerbox and smsbox with the repository's configuration on free ports, inbound
    /// messages sent to the Redress at `redress_url` with the gateway `secret`, and a
    /// simulated operator link (fakesmsc) that receives what Kannel delivers.
    pub fn start_for(redress_url: &str, secret: &str) -> Option<Kannel> {
        Kannel::start_with(redress_url, secret, None)
    }

    /// Kannel whose sendsms answers over HTTPS with this certificate and key (Kannel's
    /// `sendsms-port-ssl`), as a gateway on another machine would.
    pub fn start_tls(cert: &std::path::Path, key: &std::path::Path) -> Option<Kannel> {
        Kannel::start_with("http://127.0.0.1:9", "-", Some((cert, key)))
    }

    fn start_with(
        redress_url: &str,
        secret: &str,
        tls: Option<(&std::path::Path, &std::path::Path)>,
    ) -> Option<Kannel> {
        let installed = ["/usr/sbin/bearerbox", "/usr/sbin/smsbox", FAKESMSC]
            .iter()
            .all(|p| std::path::Path::new(p).exists());
        if !installed {
            missing("Kannel (apt-get install kannel kannel-extras)")?;
        }
        let dir = temp_dir("redress-kannel-");
        let (admin, boxes, smsc, sendsms) = (free_port(), free_port(), free_port(), free_port());
        let d = dir.display().to_string();
        let values = [
            ("ADMIN_PORT", admin.to_string()),
            ("ADMIN_PASSWORD", "adminpw".to_owned()),
            ("SMSBOX_PORT", boxes.to_string()),
            ("LOG_DIR", d),
            ("SMSC_PORT", smsc.to_string()),
            ("SENDSMS_PORT", sendsms.to_string()),
            ("SENDSMS_PASSWORD", "secret".to_owned()),
            ("REDRESS_URL", redress_url.to_owned()),
            ("GATEWAY_SECRET", secret.to_owned()),
        ];
        let mut conf = CONFIG.to_owned();
        for (name, value) in values {
            conf = conf.replace(&format!("${{{name}}}"), &value);
        }
        assert!(
            conf.lines()
                .filter(|l| !l.starts_with('#'))
                .all(|l| !l.contains("${")),
            "every placeholder is filled"
        );
        if let Some((cert, key)) = tls {
            conf = conf.replacen(
                "group = core\n",
                &format!(
                    "group = core\nssl-server-cert-file = \"{}\"\nssl-server-key-file = \"{}\"\n",
                    cert.display(),
                    key.display()
                ),
                1,
            );
            conf = conf.replacen(
                &format!("sendsms-port = {sendsms}\n"),
                &format!("sendsms-port = {sendsms}\nsendsms-port-ssl = true\n"),
                1,
            );
        }
        let conf_path = dir.join("kannel.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let conf_arg = conf_path.to_str().unwrap().to_owned();
        let mut kannel = Kannel {
            children: Vec::new(),
            dir: dir.clone(),
            sendsms_port: sendsms,
            smsc_port: smsc,
            phones: 0,
            tls: tls.is_some(),
        };
        kannel
            .children
            .push(kannel.spawn("bearerbox", &[&conf_arg], "bearerbox.out"));
        wait_for_port(boxes, "bearerbox");
        kannel
            .children
            .push(kannel.spawn("smsbox", &[&conf_arg], "smsbox.out"));
        wait_for_port(sendsms, "smsbox");
        // The simulated operator is connected once its first message came back; it gives up
        // if bearerbox was not listening yet, so it is started again until it connects.
        let start = Instant::now();
        kannel.phone("100", "hello");
        while !kannel.raw().contains("Got message") {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "fakesmsc did not connect"
            );
            if kannel
                .children
                .last_mut()
                .unwrap()
                .try_wait()
                .unwrap()
                .is_some()
            {
                kannel.children.pop();
                kannel.phone("100", "hello");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(kannel)
    }

    fn spawn(&self, program: &str, args: &[&str], out: &str) -> Child {
        let log = std::fs::File::create(self.dir.join(out)).unwrap();
        Command::new(program)
            .args(args)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap()
    }

    /// Starts a simulated phone link that sends one message from `from` to the service
    /// number, then stays connected to receive what Kannel delivers.
    fn phone(&mut self, from: &str, text: &str) {
        self.phones += 1;
        // Plain text as is; anything else as UCS-2 (URL-encoded UTF-16BE).
        let message = if text.is_ascii() && !text.contains('%') {
            format!("{from} 1010 text {text}")
        } else {
            let hex: String = text
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .map(|b| format!("%{b:02X}"))
                .collect();
            format!("{from} 1010 ucs2 {hex}")
        };
        let port = self.smsc_port.to_string();
        let args = [
            "-oL",
            "-eL",
            FAKESMSC,
            "-H",
            "127.0.0.1",
            "-r",
            &port,
            "-i",
            "86400",
            "-m",
            "1",
            &message,
        ];
        let out = format!("fakesmsc-{}.out", self.phones);
        let child = self.spawn("stdbuf", &args, &out);
        self.children.push(child);
    }

    /// Sends an SMS from a phone through the operator link (the previous link closes: the
    /// simulated operator takes one connection at a time).
    pub fn send_from_phone(&mut self, from: &str, text: &str) {
        let mut previous = self.children.pop().unwrap();
        let _ = previous.kill();
        let _ = previous.wait();
        self.phone(from, text);
    }

    pub fn sendsms_url(&self) -> String {
        let scheme = if self.tls {
            "https://localhost"
        } else {
            "http://127.0.0.1"
        };
        format!(
            "{scheme}:{}/cgi-bin/sendsms?username=redress&password=secret",
            self.sendsms_port
        )
    }

    fn raw(&self) -> String {
        (1..=self.phones)
            .map(|n| {
                std::fs::read_to_string(self.dir.join(format!("fakesmsc-{n}.out")))
                    .unwrap_or_default()
            })
            .collect()
    }

    /// The messages delivered to phones, in order (fakesmsc prints
    /// `Got message N: <from to type data>`).
    pub fn received(&self) -> Vec<Sms> {
        // A message may hold line breaks: it runs from `<` to the last `>` before the next
        // "Got message" (log lines carry no `>`).
        let raw = self.raw();
        raw.split("Got message ")
            .skip(1)
            .filter_map(|chunk| {
                let body = chunk.split_once(": <")?.1;
                Some(&body[..body.rfind('>')?])
            })
            .filter_map(|m| {
                let mut parts = m.splitn(4, ' ');
                let (_from, to, kind, data) =
                    (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
                if to == "100" {
                    return None; // the reply to fakesmsc's own message
                }
                let bytes = percent_decode(data);
                let text = match kind {
                    "ucs-2" | "ucs2" => {
                        let units: Vec<u16> = bytes
                            .chunks(2)
                            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                            .collect();
                        String::from_utf16_lossy(&units)
                    }
                    // fakesmsc prints 7-bit text as UTF-8.
                    _ => String::from_utf8(bytes.clone())
                        .unwrap_or_else(|_| bytes.iter().map(|&b| b as char).collect()),
                };
                Some((to.to_owned(), text))
            })
            .collect()
    }
}

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap_or(b'?'));
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

impl Drop for Kannel {
    fn drop(&mut self) {
        for c in self.children.iter_mut().rev() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
