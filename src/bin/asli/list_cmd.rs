//! `asli list ...`: the maintainers' toolkit (validate, add, diff, keygen, sign,
//! verify, stats, compile). The decisions live in `asli::list`; this file reads and
//! writes files and turns results into text and exit codes:
//! 0 success, 1 the check failed (invalid list, bad signature), 2 could not run
//! (unreadable file, bad arguments).

use asli::avatar::pdq::MIN_USABLE_QUALITY;
use asli::avatar::robust::{avatar_hashes, usable};
use asli::avatar::PixelLayout;
use asli::list::account_ref::{parse_account_ref, AccountRef};
use asli::list::sign::{PublicKey, SecretKey};
use asli::list::update::{accept_update, Rejection};
use asli::list::validate::{is_iso_date, is_pdq_hex, validate};
use asli::list::{diff, merge, stats, Account, Entry, Kind, List, FORMAT};
use asli::matcher::{lists_hash, FORMAT_VERSION};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Check lists against asli.list.v1 and report every problem with its JSON path.
    Validate(ValidateArgs),
    /// Add an account, names, sources or avatar hashes to a new or existing entry.
    Add(Box<AddArgs>),
    /// Show what changed between two versions of a list, for review before signing.
    Diff(DiffArgs),
    /// Make a new Ed25519 signing key pair.
    Keygen(KeygenArgs),
    /// Sign a list (a detached signature over its exact bytes) after validating it.
    Sign(SignArgs),
    /// Check a list's signature with a public key, and that the list is valid.
    Verify(VerifyArgs),
    /// Counts by kind, country and confidence; entries missing an account, evidence, avatar or
    /// source; with --evidence-before, accounts whose evidence is older than a date.
    Stats(StatsArgs),
    /// Write the index of these lists in force (merged in this order, as the extension does) as
    /// bytes the engine loads without rebuilding it; made by this build, for these exact texts.
    Compile(CompileArgs),
}

#[derive(clap::Args)]
struct CompileArgs {
    /// List files (asli.list.v1 JSON), in priority order.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Where to write the compiled index.
    #[arg(short, long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(clap::Args)]
struct ValidateArgs {
    /// List files (asli.list.v1 JSON).
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct AddArgs {
    /// The list file to change (created if it does not exist).
    #[arg(long, value_name = "FILE")]
    list: PathBuf,
    /// The account: a Facebook address (www/web/m/mbasic/touch, profile.php?id=N,
    /// pages/Name/N, people/Name/N), a handle or a numeric id. Optional when only
    /// names, sources or avatars are added to an entry given with --entry.
    account: Option<String>,
    /// The entry to add to or create (`[a-z0-9-]+`, e.g. ma-hespress). Without it,
    /// the entry that already holds the account.
    #[arg(long, value_name = "ID")]
    entry: Option<String>,
    /// A display name the real entity uses, in any script (repeat for several).
    #[arg(long = "name", value_name = "NAME")]
    names: Vec<String>,
    /// outlet, institution or official (needed for a new entry).
    #[arg(long)]
    kind: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. MA.
    #[arg(long)]
    country: Option<String>,
    /// The entity's own website, e.g. hespress.com.
    #[arg(long)]
    website: Option<String>,
    /// Where the account was confirmed (repeat for several); needed with a new account.
    #[arg(long = "source", value_name = "URL_OR_NOTE")]
    sources: Vec<String>,
    /// The account's creation date (YYYY-MM-DD), as its page transparency shows it.
    #[arg(long, value_name = "DATE")]
    created: Option<String>,
    /// An image of the real avatar (JPEG, PNG, WebP): its PDQ hashes (whole
    /// picture and robust variants) are added (repeat for several).
    #[arg(long = "avatar", value_name = "IMAGE")]
    avatars: Vec<PathBuf>,
    /// A PDQ hash already computed with `asli avatar-hash` (64 hex characters).
    #[arg(long = "avatar-hash", value_name = "HEX")]
    avatar_hashes: Vec<String>,
    /// Raise the list's version (to today's YYYYMMDD01, or by one if that is not higher).
    #[arg(long)]
    bump: bool,
    /// The date (YYYY-MM-DD) after which readers are told the list is stale:
    /// publish a new version before then. `--expires none` removes it.
    #[arg(long, value_name = "DATE")]
    expires: Option<String>,
    /// Show the change without writing the file.
    #[arg(long)]
    dry_run: bool,
    /// For a new list file: its name.
    #[arg(long, value_name = "NAME", default_value = "Verified accounts")]
    list_name: String,
    /// For a new list file: who maintains it.
    #[arg(long, value_name = "WHO", default_value = "")]
    publisher: String,
}

#[derive(clap::Args)]
struct DiffArgs {
    /// The list in force (or the last signed one).
    old: PathBuf,
    /// The list about to be signed.
    new: PathBuf,
}

#[derive(clap::Args)]
struct KeygenArgs {
    /// Where to write the SECRET key (refused inside a git work tree unless --allow-in-repo).
    #[arg(long, value_name = "FILE")]
    secret: PathBuf,
    /// Where to write the public key (default: the secret's path with .pub).
    #[arg(long, value_name = "FILE")]
    public: Option<PathBuf>,
    /// Allow the secret key inside a git work tree (only for test keys).
    #[arg(long)]
    allow_in_repo: bool,
}

#[derive(clap::Args)]
struct SignArgs {
    /// The secret key file.
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// The list to sign.
    list: PathBuf,
    /// Where to write the signature (default: the list's path + .sig).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(clap::Args)]
struct VerifyArgs {
    /// The publisher's public key file (or the `asli-ed25519-public:...` line itself).
    #[arg(long, value_name = "FILE_OR_KEY")]
    key: String,
    /// The list to check.
    list: PathBuf,
    /// Its signature (default: the list's path + .sig).
    #[arg(long, value_name = "FILE")]
    sig: Option<PathBuf>,
    /// Also require the list's version to be greater than this one (as an update would).
    #[arg(long, value_name = "VERSION")]
    newer_than: Option<u64>,
}

#[derive(clap::Args)]
struct StatsArgs {
    list: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Also list the accounts whose evidence (their `seen` date) is older than
    /// this date (YYYY-MM-DD), and those whose evidence has no date.
    #[arg(long, value_name = "DATE")]
    evidence_before: Option<String>,
}

/// What went wrong, and the exit code it deserves.
enum Failure {
    /// The check ran and failed (exit 1): the message is the finding.
    Check(String),
    /// The command could not run (exit 2).
    Usage(String),
}

type Outcome = Result<(), Failure>;

pub fn run(args: Args) -> ExitCode {
    let (name, result) = match args.command {
        Command::Validate(a) => ("validate", run_validate(a)),
        Command::Add(a) => ("add", run_add(*a)),
        Command::Diff(a) => ("diff", run_diff(a)),
        Command::Keygen(a) => ("keygen", run_keygen(a)),
        Command::Sign(a) => ("sign", run_sign(a)),
        Command::Verify(a) => ("verify", run_verify(a)),
        Command::Stats(a) => ("stats", run_stats(a)),
        Command::Compile(a) => ("compile", run_compile(a)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Check(m)) => {
            if !m.is_empty() {
                eprintln!("asli list {name}: {m}");
            }
            ExitCode::from(1)
        }
        Err(Failure::Usage(m)) => {
            eprintln!("asli list {name}: {m}");
            ExitCode::from(2)
        }
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))
}

fn read_text(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))
}

/// Reads a list that must be valid; its problems are the failure otherwise.
fn read_valid_list(path: &Path) -> Result<(String, List), Failure> {
    let text = read_text(path)?;
    let problems = validate(&text);
    if !problems.is_empty() {
        for p in &problems {
            println!("{}: {p}", path.display());
        }
        return Err(Failure::Check(format!("{}: {} problem(s); fix them first", path.display(), problems.len())));
    }
    let list = List::from_json(&text).map_err(|e| Failure::Check(format!("{}: {e}", path.display())))?;
    Ok((text, list))
}

fn sig_path(list: &Path, given: Option<PathBuf>) -> PathBuf {
    given.unwrap_or_else(|| {
        let mut s = list.as_os_str().to_owned();
        s.push(".sig");
        PathBuf::from(s)
    })
}

fn run_validate(a: ValidateArgs) -> Outcome {
    let mut failed = 0;
    for path in &a.files {
        let text = read_text(path)?;
        let problems = validate(&text);
        if problems.is_empty() {
            let list = List::from_json(&text).map_err(|e| Failure::Check(format!("{}: {e}", path.display())))?;
            println!("{}: ok (version {}, {} entries)", path.display(), list.version, list.entries.len());
        } else {
            for p in &problems {
                println!("{}: {p}", path.display());
            }
            println!("{}: {} problem(s)", path.display(), problems.len());
            failed += 1;
        }
    }
    match failed {
        0 => Ok(()),
        n => Err(Failure::Check(format!("{n} of {} list(s) invalid", a.files.len()))),
    }
}

fn run_compile(a: CompileArgs) -> Outcome {
    let mut texts = Vec::new();
    for path in &a.files {
        texts.push(read_text(path)?);
    }
    let lists = texts
        .iter()
        .zip(&a.files)
        .map(|(t, p)| List::from_json(t).map_err(|e| Failure::Check(format!("{}: {e}", p.display()))))
        .collect::<Result<Vec<_>, _>>()?;
    let labels: Vec<String> = a.files.iter().map(|p| p.display().to_string()).collect();
    let pairs: Vec<(&str, &List)> = labels.iter().map(String::as_str).zip(&lists).collect();
    let in_force = merge::merge(&pairs).to_list();
    let hash = lists_hash(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let bytes = asli::Engine::new(std::slice::from_ref(&in_force)).compiled_index(&hash);
    std::fs::write(&a.out, &bytes).map_err(|e| Failure::Usage(format!("{}: {e}", a.out.display())))?;
    println!("{}: {} bytes, {} entries, index format {FORMAT_VERSION}", a.out.display(), bytes.len(), in_force.entries.len());
    Ok(())
}

fn run_diff(a: DiffArgs) -> Outcome {
    let parse = |p: &Path| -> Result<List, Failure> {
        List::from_json(&read_text(p)?).map_err(|e| Failure::Usage(format!("{}: {e}", p.display())))
    };
    let (old, new) = (parse(&a.old)?, parse(&a.new)?);
    print!("{}", diff::diff(&old, &new));
    Ok(())
}

fn run_stats(a: StatsArgs) -> Outcome {
    if let Some(date) = a.evidence_before.as_deref().filter(|d| !is_iso_date(d)) {
        return Err(Failure::Usage(format!("--evidence-before {date:?}: must be an ISO date YYYY-MM-DD")));
    }
    let (_, list) = read_valid_list(&a.list)?;
    let s = match a.evidence_before.as_deref() {
        Some(date) => stats::stats_with_evidence_before(&list, date),
        None => stats::stats(&list),
    };
    let text = if a.json { format!("{}\n", serde_json::to_string_pretty(&s).unwrap_or_default()) } else { s.to_string() };
    // A reader that stops early (`| head`) is no failure: print!'s panic on a closed pipe would be.
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Usage(format!("stdout: {e}"))),
        _ => Ok(()),
    }
}

/// Whether `path` would sit inside a git work tree.
fn inside_git_repo(path: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(path).ok()?;
    abs.ancestors().skip(1).find(|dir| dir.join(".git").exists()).map(Path::to_path_buf)
}

fn write_new(path: &Path, text: &str, secret: bool) -> Outcome {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AlreadyExists { " (refusing to overwrite a key)" } else { "" };
        Failure::Usage(format!("{}: {e}{hint}", path.display()))
    })?;
    file.write_all(text.as_bytes()).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))
}

fn run_keygen(a: KeygenArgs) -> Outcome {
    if let (false, Some(repo)) = (a.allow_in_repo, inside_git_repo(&a.secret)) {
        return Err(Failure::Usage(format!(
            "{} is inside the git work tree {}: a secret key must never enter a repository (use --allow-in-repo only for test keys)",
            a.secret.display(),
            repo.display()
        )));
    }
    let public_path = a.public.unwrap_or_else(|| a.secret.with_extension("pub"));
    if public_path == a.secret {
        return Err(Failure::Usage("the public key needs another path than the secret key".into()));
    }
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| Failure::Usage(format!("no randomness from the operating system: {e}")))?;
    let secret = SecretKey::from_seed(seed);
    if let Some(dir) = a.secret.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Failure::Usage(format!("{}: {e}", dir.display())))?;
    }
    write_new(&a.secret, &secret.to_file_text(), true)?;
    write_new(&public_path, &secret.public().to_file_text(), false)?;
    println!("secret key: {} (keep it offline; never commit it)", a.secret.display());
    println!("public key: {}", public_path.display());
    println!("{}", secret.public());
    Ok(())
}

fn run_sign(a: SignArgs) -> Outcome {
    let key_text = read_text(&a.key)?;
    let secret = SecretKey::parse(&key_text).map_err(|e| Failure::Usage(format!("{}: {e}", a.key.display())))?;
    let bytes = read_bytes(&a.list)?;
    read_valid_list(&a.list)?;
    let list = List::from_json(std::str::from_utf8(&bytes).unwrap_or_default()).map_err(|e| Failure::Check(e.to_string()))?;
    let signature = secret.sign(&bytes);
    debug_assert!(secret.public().verifies(&bytes, &signature));
    let out = sig_path(&a.list, a.out);
    std::fs::write(&out, signature.to_file_text()).map_err(|e| Failure::Usage(format!("{}: {e}", out.display())))?;
    println!("signed {} (version {}, {} bytes) with {}", a.list.display(), list.version, bytes.len(), secret.public());
    println!("signature: {}", out.display());
    Ok(())
}

fn run_verify(a: VerifyArgs) -> Outcome {
    let key_text = if a.key.trim_start().starts_with("asli-ed25519-") { a.key.clone() } else { read_text(Path::new(&a.key))? };
    let key = PublicKey::parse(&key_text).map_err(|e| Failure::Usage(format!("{}: {e}", a.key)))?;
    let bytes = read_bytes(&a.list)?;
    let sig_file = sig_path(&a.list, a.sig);
    let sig_text = read_text(&sig_file)?;
    match accept_update(a.newer_than, &bytes, &sig_text, &key) {
        Ok(accepted) => {
            println!("{}: good signature by {key} (version {})", a.list.display(), accepted.version);
            Ok(())
        }
        Err(Rejection::Invalid(problems)) => {
            for p in &problems {
                println!("{}: {p}", a.list.display());
            }
            Err(Failure::Check(format!("{}: signature good, but {} problem(s) [invalid]", a.list.display(), problems.len())))
        }
        Err(r) => Err(Failure::Check(format!("{}: {r} [{}]", a.list.display(), r.code()))),
    }
}

/// Today's date as YYYYMMDD, from the system clock (UTC).
fn today_yyyymmdd() -> u64 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y * 10_000 + m * 100 + d) as u64
}

/// The usable PDQ hashes of a real avatar's image: the whole picture and its
/// robust variants (trimmed, centre crops), as `asli avatar-hash --variants` prints them.
fn hash_avatar(path: &Path) -> Result<Vec<String>, String> {
    let mut reader = image::ImageReader::open(path)
        .map_err(|e| format!("cannot open: {e}"))?
        .with_guessed_format()
        .map_err(|e| format!("cannot read: {e}"))?;
    if reader.format().is_none() {
        return Err("not a JPEG, PNG or WebP image".into());
    }
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let rgba = reader.decode().map_err(|e| format!("cannot decode: {e}"))?.to_rgba8();
    let (w, h) = rgba.dimensions();
    let hashes = avatar_hashes(rgba.as_raw(), w, h, PixelLayout::Rgba).map_err(|e| e.to_string())?;
    let usable: Vec<String> = usable(&hashes).iter().map(ToString::to_string).collect();
    if usable.is_empty() {
        return Err(format!("the picture is too flat for a PDQ hash (quality below {MIN_USABLE_QUALITY})"));
    }
    Ok(usable)
}

fn parse_kind(k: &str) -> Result<Kind, Failure> {
    serde_json::from_value(serde_json::Value::String(k.to_string()))
        .map_err(|_| Failure::Usage(format!("--kind {k:?}: must be outlet, institution or official")))
}

fn matches_ref(account: &Account, r: &AccountRef) -> bool {
    account.platform == "facebook"
        && match r {
            AccountRef::Id(id) => account.id.as_deref() == Some(id),
            AccountRef::Handle(h) => account.handle.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(h)),
        }
}

fn run_add(a: AddArgs) -> Outcome {
    let exists = a.list.exists();
    let old = if exists {
        List::from_json(&read_text(&a.list)?).map_err(|e| Failure::Usage(format!("{}: {e}", a.list.display())))?
    } else {
        List {
            format: FORMAT.into(),
            name: a.list_name.clone(),
            publisher: a.publisher.clone(),
            version: today_yyyymmdd() * 100 + 1,
            entries: Vec::new(),
            extra: Default::default(),
        }
    };
    let account = a.account.as_deref().map(parse_account_ref).transpose().map_err(|e| Failure::Usage(e.to_string()))?;
    for hash in &a.avatar_hashes {
        if !is_pdq_hex(hash) {
            return Err(Failure::Usage(format!("--avatar-hash {hash:?}: must be 64 lowercase hex characters")));
        }
    }
    if let Some(created) = &a.created {
        if !is_iso_date(created) {
            return Err(Failure::Usage(format!("--created {created:?}: must be an ISO date YYYY-MM-DD")));
        }
        if account.is_none() {
            return Err(Failure::Usage("--created needs an account".into()));
        }
    }
    if let Some(expires) = a.expires.as_deref().filter(|d| *d != "none") {
        if !is_iso_date(expires) {
            return Err(Failure::Usage(format!("--expires {expires:?}: must be an ISO date YYYY-MM-DD (or none)")));
        }
    }
    let mut avatar_hashes = a.avatar_hashes.clone();
    for image in &a.avatars {
        avatar_hashes.extend(hash_avatar(image).map_err(|e| Failure::Usage(format!("--avatar {}: {e}", image.display())))?);
    }
    let mut new = old.clone();
    if let Some(expires) = &a.expires {
        new.set_expires(Some(expires.as_str()).filter(|d| *d != "none"));
    }
    // `--expires` alone (no account, no entry) changes only the list's date.
    let list_fields_only = account.is_none() && a.entry.is_none() && a.expires.is_some();
    if !list_fields_only {
        let owner = account.as_ref().and_then(|r| old.entries.iter().position(|e| e.accounts.iter().any(|x| matches_ref(x, r))));
        let target_id = match (&a.entry, owner) {
            (Some(id), Some(o)) if old.entries[o].id != *id => {
                return Err(Failure::Usage(format!("that account is already on the list, in entry {}, not {id}", old.entries[o].id)))
            }
            (Some(id), _) => id.clone(),
            (None, Some(o)) => old.entries[o].id.clone(),
            (None, None) if account.is_none() => {
                return Err(Failure::Usage("give the ACCOUNT to add, or the entry to change with --entry ID".into()))
            }
            (None, None) => {
                return Err(Failure::Usage(
                    "not on the list yet: name the entry to add it to, or the new entry's id, with --entry ID".into(),
                ))
            }
        };
        let index = match new.entries.iter().position(|e| e.id == target_id) {
            Some(i) => i,
            None => {
                let kind = a.kind.as_deref().ok_or_else(|| Failure::Usage(format!("new entry {target_id}: give its --kind")))?;
                if a.names.is_empty() {
                    return Err(Failure::Usage(format!("new entry {target_id}: give at least one --name")));
                }
                new.entries.push(Entry {
                    id: target_id.clone(),
                    kind: parse_kind(kind)?,
                    names: Vec::new(),
                    country: None,
                    website: None,
                    accounts: Vec::new(),
                    avatars: Vec::new(),
                    sources: Vec::new(),
                    namesakes: Vec::new(),
                    extra: Default::default(),
                });
                new.entries.len() - 1
            }
        };
        let entry = &mut new.entries[index];
        if let Some(kind) = &a.kind {
            entry.kind = parse_kind(kind)?;
        }
        if let Some(country) = &a.country {
            entry.country = Some(country.clone());
        }
        if let Some(website) = &a.website {
            entry.website = Some(website.clone());
        }
        for name in &a.names {
            if !entry.names.contains(name) {
                entry.names.push(name.clone());
            }
        }
        if let Some(r) = &account {
            match entry.accounts.iter_mut().find(|x| matches_ref(x, r)) {
                Some(existing) => {
                    if a.created.is_some() {
                        existing.created = a.created.clone();
                    }
                }
                None => {
                    if a.sources.is_empty() {
                        return Err(Failure::Usage("a new account needs its --source (where it was confirmed)".into()));
                    }
                    let (id, handle) = match r {
                        AccountRef::Id(id) => (Some(id.clone()), None),
                        AccountRef::Handle(h) => (None, Some(h.clone())),
                    };
                    entry.accounts.push(Account {
                        platform: "facebook".into(),
                        id,
                        handle,
                        created: a.created.clone(),
                        extra: Default::default(),
                    });
                }
            }
        }
        for source in &a.sources {
            if !entry.sources.contains(source) {
                entry.sources.push(source.clone());
            }
        }
        for hash in &avatar_hashes {
            if !entry.avatars.contains(hash) {
                entry.avatars.push(hash.clone());
            }
        }
    }
    if a.bump {
        new.version = (today_yyyymmdd() * 100 + 1).max(old.version + 1);
    }
    let text = new.to_file_text();
    let problems = validate(&text);
    if !problems.is_empty() {
        for p in &problems {
            println!("{}: {p}", a.list.display());
        }
        return Err(Failure::Check(format!("the change would leave {} problem(s); nothing written", problems.len())));
    }
    print!("{}", diff::diff(&old, &new));
    if a.dry_run {
        println!("(dry run: {} not written)", a.list.display());
        return Ok(());
    }
    std::fs::write(&a.list, text).map_err(|e| Failure::Usage(format!("{}: {e}", a.list.display())))?;
    if !a.bump && exists && new != old {
        println!("note: version is still {}; run again with --bump (or raise it) before signing", new.version);
    }
    Ok(())
}
