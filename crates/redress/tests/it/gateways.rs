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
}

const FAKESMSC: &str = "/usr/lib/kannel/test/fakesmsc";

impl Kannel {
    pub fn start() -> Option<Kannel> {
        let installed = ["/usr/sbin/bearerbox", "/usr/sbin/smsbox", FAKESMSC]
            .iter()
            .all(|p| std::path::Path::new(p).exists());
        if !installed {
            missing("Kannel (apt-get install kannel kannel-extras)")?;
        }
        let dir = temp_dir("redress-kannel-");
        let (admin, boxes, smsc, sendsms) = (free_port(), free_port(), free_port(), free_port());
        let d = dir.display();
        let conf = format!(
            "group = core\nadmin-port = {admin}\nadmin-password = adminpw\nsmsbox-port = {boxes}\n\
             log-file = \"{d}/bearerbox.log\"\nlog-level = 1\nbox-allow-ip = \"127.0.0.1\"\n\
             admin-allow-ip = \"127.0.0.1\"\n\n\
             group = smsc\nsmsc = fake\nsmsc-id = fake\nport = {smsc}\nconnect-allow-ip = \"127.0.0.1\"\n\n\
             group = smsbox\nbearerbox-host = 127.0.0.1\nbearerbox-port = {boxes}\nsendsms-port = {sendsms}\n\
             log-file = \"{d}/smsbox.log\"\nlog-level = 1\nmo-recode = true\n\n\
             group = sendsms-user\nusername = redress\npassword = secret\n\n\
             group = sms-service\nkeyword = default\ntext = \"ok\"\n"
        );
        let conf_path = dir.join("kannel.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let spawn = |program: &str, args: &[&str], out: &str| {
            let log = std::fs::File::create(dir.join(out)).unwrap();
            Command::new(program)
                .args(args)
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .unwrap()
        };
        let conf_arg = conf_path.to_str().unwrap();
        let mut children = vec![spawn("bearerbox", &[conf_arg], "bearerbox.out")];
        wait_for_port(boxes, "bearerbox");
        children.push(spawn("smsbox", &[conf_arg], "smsbox.out"));
        wait_for_port(sendsms, "smsbox");
        let smsc_port = smsc.to_string();
        let fakesmsc_args = [
            "-oL",
            "-eL",
            FAKESMSC,
            "-H",
            "127.0.0.1",
            "-r",
            &smsc_port,
            "-i",
            "86400",
            "-m",
            "-1",
            "100 200 text hello",
        ];
        children.push(spawn("stdbuf", &fakesmsc_args, "fakesmsc.out"));
        let mut kannel = Kannel {
            children,
            dir: dir.clone(),
            sendsms_port: sendsms,
        };
        // The simulated operator is connected once its first message came back; it gives up
        // if bearerbox was not listening yet, so it is started again until it connects.
        let start = Instant::now();
        while !kannel.raw().contains("Got message") {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "fakesmsc did not connect"
            );
            let fakesmsc = kannel.children.last_mut().unwrap();
            if fakesmsc.try_wait().unwrap().is_some() {
                *fakesmsc = spawn("stdbuf", &fakesmsc_args, "fakesmsc.out");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(kannel)
    }

    pub fn sendsms_url(&self) -> String {
        format!(
            "http://127.0.0.1:{}/cgi-bin/sendsms?username=redress&password=secret",
            self.sendsms_port
        )
    }

    fn raw(&self) -> String {
        std::fs::read_to_string(self.dir.join("fakesmsc.out")).unwrap_or_default()
    }

    /// The messages delivered to phones (fakesmsc prints `Got message N: <from to type data>`).
    pub fn received(&self) -> Vec<Sms> {
        self.raw()
            .lines()
            .filter_map(|l| {
                l.split_once("Got message ")?
                    .1
                    .split_once(": <")?
                    .1
                    .strip_suffix('>')
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
                    _ => bytes.iter().map(|&b| b as char).collect(),
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
