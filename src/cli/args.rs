//! The clap definitions of the command line: `frontdesk` alone opens the hall
//! overview; subcommands let scripts, tests and impatient supervisors work
//! without a screen.

use crate::i18n::Lang;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "frontdesk",
    version,
    about = "Queue and break management for a service hall: no window closes in a customer's face.",
    long_about = "Queue and break management for a service hall: no window closes in a customer's face.\n\n\
        Run without a command to open the live hall overview. With no config file it opens a demo bank branch.\n\n\
        Exit codes: 0 done, 1 refused by a rule of the hall (the reason is printed), 2 bad input, config or data file."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Where the event log lives (default: the per-user data directory)
    #[arg(long, global = true, env = "FRONTDESK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The hall's config file (default: config.toml in the per-user config directory; without one, the demo hall)
    #[arg(long, global = true, env = "FRONTDESK_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Interface language (default: the config's); `notice` also takes `all`
    #[arg(long, global = true, env = "FRONTDESK_LANG", value_enum)]
    pub lang: Option<LangChoice>,
    /// Use the demo hall, laid afresh around the current time, even if a config exists
    #[arg(long, global = true, conflicts_with = "config")]
    pub demo: bool,
    /// Who is acting, as recorded in the log (default: cli, or the screen's name)
    #[arg(long, global = true, env = "FRONTDESK_ORIGIN", value_name = "NAME")]
    pub origin: Option<String>,
    /// Take this instant as "now" (RFC 3339), for scripted scenarios and tests
    #[arg(long, global = true, env = "FRONTDESK_NOW", hide = true)]
    pub now: Option<String>,
}

impl Global {
    /// Where the hall's files are, as asked on the command line.
    pub fn choice(&self) -> crate::setup::Choice {
        crate::setup::Choice {
            data_dir: self.data_dir.clone(),
            config: self.config.clone(),
            demo: self.demo,
        }
    }
}

/// `--lang`: one language, or `all` of them (only `notice` prints several).
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangChoice {
    En,
    Hu,
    Ru,
    Uk,
    All,
}

impl LangChoice {
    pub fn one(self) -> Option<Lang> {
        match self {
            LangChoice::En => Some(Lang::En),
            LangChoice::Hu => Some(Lang::Hu),
            LangChoice::Ru => Some(Lang::Ru),
            LangChoice::Uk => Some(Lang::Uk),
            LangChoice::All => None,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// The cashier's counter screen for one window
    Counter {
        #[command(flatten)]
        window: WindowArg,
    },
    /// The supervisor's planner: the day's breaks on a timeline with the
    /// staffing forecast, policy checks and suggested placements
    Plan {
        /// Day (YYYY-MM-DD, default today in the hall)
        #[arg(long)]
        date: Option<String>,
        /// Print the plan and its forecast instead of opening the screen
        #[arg(long)]
        print: bool,
        /// How to print it
        #[arg(long, value_enum, default_value = "text", requires = "print")]
        format: crate::views::planner::Format,
        /// Print the suggested placement of everyone's entitled breaks, with
        /// its figures next to the plan's and the naive plan's
        #[arg(long, requires = "print")]
        suggest: bool,
        /// Check the plan (or the suggestion) against the simulator: the
        /// forecast's waits next to those of 400 simulated days
        #[arg(long, requires = "print")]
        simulate: bool,
    },
    /// Issue, call and finish tickets
    #[command(subcommand)]
    Ticket(TicketCmd),
    /// Open or close a window (counter)
    #[command(subcommand)]
    Window(WindowCmd),
    /// Plan, publish, warn about, start and end breaks
    #[command(subcommand)]
    Break(BreakCmd),
    /// The hall right now: windows, queues, coming breaks
    Status {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Reports: waits, service and the break discipline for a day, week,
    /// month or range, next to the period before; or the live report screen
    Report(Box<crate::cli::report::ReportArgs>),
    /// The event log, newest last
    Log {
        /// One JSON object per line
        #[arg(long)]
        json: bool,
        /// How many of the newest events to show
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Show events after this sequence number instead of the newest
        #[arg(long, value_name = "SEQ")]
        after: Option<u64>,
    },
    /// Check, create or locate the config file
    #[command(subcommand)]
    Config(ConfigCmd),
    /// The demo hall
    #[command(subcommand)]
    Demo(DemoCmd),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Simulate days in the hall with a break plan: waits, queues, breaks (what-if and replay)
    Simulate(SimulateArgs),
    /// Measure the event store, the counter screen or the simulator
    #[command(subcommand)]
    Bench(BenchCmd),
    /// The hall display board for customers: tickets called, windows, waits, breaks
    #[command(
        long_about = "The hall display board for customers, full screen: the tickets called and at which window in large print, every window's state in plain words, the warning for the queue of a window about to close, the wait per service and today's coming published breaks.\n\n\
        It needs no keyboard (q, Esc or Ctrl-C end it), turns through the hall's languages (hall.languages, board.rotate_seconds; --lang shows one only) and follows every terminal's writes within a second. With board.bell it rings the terminal bell when a window starts closing."
    )]
    Board,
    /// Print the day's break notice for the glass and the desk, and record it
    #[command(
        long_about = "Print the day's published breaks for the glass and the desk, in the hall's languages (hall.languages; --lang xx for one, --lang all for all four), as text, Markdown or an HTML page that prints on one A4 sheet.\n\n\
        The notice is recorded in the log as the one on the glass (unless --dry-run), so the board and `status` can say when a published break moves, is added or is cancelled after printing. The document goes to standard output; what was recorded goes to standard error."
    )]
    Notice {
        /// Day (YYYY-MM-DD, default today in the hall)
        #[arg(long)]
        date: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: crate::views::notice::Format,
        /// Print only: do not record this as the notice on the glass
        #[arg(long)]
        dry_run: bool,
    },
    /// The ticket dispenser for customers, made for a touch screen
    #[command(
        long_about = "The ticket dispenser for customers, full screen and made for a touch screen (a touch is a mouse click; keys work too): a large button per service with the people waiting and the wait, language buttons, and the ticket shown large after each press.\n\n\
        A service whose windows are all on a break says when one is back; after its last sensible ticket of the day it says so and issues none. Tickets are recorded with the kiosk's name and printed on [kiosk] printer when one is set. Only the key sequence [kiosk] quit (or a signal) ends it."
    )]
    Kiosk,
    /// Speak every call in the hall's languages, beside the board
    #[command(
        long_about = "Follows the hall's log and speaks every call (\"Ticket A 23, window 2\") after a chime, in each of the languages of [voice] languages (or the hall's) in turn; with [voice] breaks also a window closing for a break and its return. Announcements queue: a new one never cuts off the one being spoken.\n\n\
        Speech goes through [voice] command, or espeak-ng when it is installed. Each announcement is also written to standard output. Ctrl-C ends it."
    )]
    Announce,
    /// Trainer mode: list the scenarios, or run one on a simulated clock
    Train(TrainArgs),
    /// Play a recorded event log back on the screens, at any speed
    Replay(ReplayArgs),
    /// Check, back up or restore the hall's event log
    #[command(subcommand)]
    Store(super::store::StoreCmd),
    /// Complaints, compliments, suggestions and questions: record and follow them up, audits, figures (alone: the supervisor's feedback screen)
    Feedback(crate::cli::feedback::FeedbackArgs),
    /// The customer's rating screen at a window: five faces, four languages, touch or keys
    Survey {
        #[command(flatten)]
        window: WindowArg,
    },
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// The scenario to run: its name, or the path of a scenario file (without it, the list)
    pub name: Option<String>,
    /// Check a scenario file and report the place of its first problem
    #[arg(long, value_name = "FILE", conflicts_with = "name")]
    pub check: Option<PathBuf>,
    /// Seed for the random parts of the scenario (default: the scenario's own)
    #[arg(long)]
    pub seed: Option<u64>,
    /// Starting speed of the simulated clock, 1 to 60 (default: the scenario's)
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=60))]
    pub speed: Option<u32>,
    /// Record the session in FILE (default: training/ in the data directory)
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// Write the debrief to FILE at the end: Markdown for .md, HTML for .html
    #[arg(long, value_name = "FILE")]
    pub debrief: Option<PathBuf>,
    /// Run without a screen, pressing the keys written in FILE at their times, and print the score
    #[arg(long, value_name = "FILE")]
    pub keys: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The event log to play back (a training session's, or a hall's)
    pub file: PathBuf,
    /// Speed of the replay, 1 to 60
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=60))]
    pub speed: u32,
    /// Write the training session's debrief to FILE (.md or .html) instead of playing it
    #[arg(long, value_name = "FILE")]
    pub debrief: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct WindowArg {
    /// The window (counter) number
    #[arg(long, short)]
    pub window: u32,
}

#[derive(Debug, Args)]
pub struct OverrideArgs {
    /// Let this through although it breaks a policy: a supervisor's call,
    /// logged under the user running the command
    #[arg(long = "override", requires = "because")]
    pub override_: bool,
    /// Why the policy is overridden (logged)
    #[arg(long, value_name = "TEXT", requires = "override_")]
    pub because: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TicketCmd {
    /// Issue a ticket for a service
    Issue {
        /// Service code, as on the ticket (A, B, …)
        #[arg(long, short)]
        service: String,
        /// Queue in front of this window only
        #[arg(long, short)]
        window: Option<u32>,
        /// Issue this many tickets, printing each as soon as it is recorded
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
        count: u32,
    },
    /// Call the next customer to a window
    Call(WindowArg),
    /// Call the current customer again
    Recall(WindowArg),
    /// The current customer has been served
    Serve(WindowArg),
    /// The current customer did not come
    NoShow(WindowArg),
    /// Send the current customer to another service or window
    #[command(group = clap::ArgGroup::new("target").required(true).args(["to_service", "to_window"]))]
    Transfer {
        #[command(flatten)]
        from: WindowArg,
        /// Target service code
        #[arg(long)]
        to_service: Option<String>,
        /// Target window number
        #[arg(long)]
        to_window: Option<u32>,
    },
    /// Cancel a waiting ticket
    Cancel {
        /// The ticket, e.g. A007
        ticket: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum WindowCmd {
    /// Open a window, optionally saying who staffs it
    Open {
        #[command(flatten)]
        window: WindowArg,
        /// Staff id from the config
        #[arg(long)]
        staff: Option<String>,
    },
    /// Close a window (not staffed)
    Close(WindowArg),
}

#[derive(Debug, Subcommand)]
pub enum BreakCmd {
    /// Plan a break for a window
    Plan {
        #[command(flatten)]
        window: WindowArg,
        /// Start, hall time (HH:MM)
        #[arg(long)]
        start: String,
        /// End, hall time (HH:MM)
        #[arg(long, conflicts_with = "minutes", required_unless_present = "minutes")]
        end: Option<String>,
        /// Length in minutes
        #[arg(long)]
        minutes: Option<u32>,
        /// Day (YYYY-MM-DD, default today in the hall)
        #[arg(long)]
        date: Option<String>,
        /// Staff id from the config
        #[arg(long)]
        staff: Option<String>,
        #[command(flatten)]
        ovr: OverrideArgs,
    },
    /// Move or resize a break that has not begun, or give it to someone else
    Change {
        /// Break number, as in `break list`
        id: u64,
        /// New start, hall time (HH:MM)
        #[arg(long)]
        start: String,
        /// New end, hall time (HH:MM)
        #[arg(long, conflicts_with = "minutes", required_unless_present = "minutes")]
        end: Option<String>,
        /// New length in minutes
        #[arg(long)]
        minutes: Option<u32>,
        /// Day (YYYY-MM-DD, default the break's own day)
        #[arg(long)]
        date: Option<String>,
        /// Staff id from the config
        #[arg(long)]
        staff: Option<String>,
        #[command(flatten)]
        ovr: OverrideArgs,
    },
    /// List the day's breaks
    List {
        /// Day (YYYY-MM-DD, default today in the hall)
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Publish the day's planned breaks to customers
    Publish {
        /// Day (YYYY-MM-DD, default today in the hall)
        #[arg(long)]
        date: Option<String>,
    },
    /// Warn the queue about the window's coming break and start closing
    Warn(WindowArg),
    /// Start the window's due break, or an unscheduled one with --reason
    Start {
        #[command(flatten)]
        window: WindowArg,
        /// Unscheduled break: goods-receipt, cash-collection, technical-fault, personal, other
        #[arg(long)]
        reason: Option<String>,
        /// Free text for --reason other
        #[arg(long)]
        note: Option<String>,
        /// Length of an unscheduled break in minutes (default 15)
        #[arg(long)]
        minutes: Option<u32>,
        /// If the window is serving, start the break when that service ends
        #[arg(long)]
        after_service: bool,
        #[command(flatten)]
        ovr: OverrideArgs,
    },
    /// Ask the supervisor for an unscheduled break (when the hall wants approval)
    Request {
        #[command(flatten)]
        window: WindowArg,
        /// goods-receipt, cash-collection, technical-fault, personal, other
        #[arg(long)]
        reason: String,
        /// Free text for --reason other
        #[arg(long)]
        note: Option<String>,
        /// Length in minutes (default 15)
        #[arg(long)]
        minutes: Option<u32>,
    },
    /// Approve a break request: the break starts when the current customer is served
    Approve {
        /// Request number, as in `status`
        request: u64,
        #[command(flatten)]
        ovr: OverrideArgs,
    },
    /// Postpone a break request: it comes up again after this many minutes
    Postpone {
        /// Request number, as in `status`
        request: u64,
        /// Minutes to wait before asking again
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=240))]
        minutes: u32,
    },
    /// Decline a break request
    Decline {
        /// Request number, as in `status`
        request: u64,
    },
    /// End the window's break (or withdraw one waiting for a service to end)
    End(WindowArg),
    /// Cancel a planned break that has not started
    Cancel {
        /// Break number, as in `break list`
        id: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Check a config file (default: the one in use) and report every problem's place
    Check { file: Option<PathBuf> },
    /// Write a commented starter config
    Init {
        /// Where to write it (default: the per-user config path)
        file: Option<PathBuf>,
        /// Replace an existing file
        #[arg(long)]
        force: bool,
    },
    /// Print where the config file is looked for
    Path,
}

#[derive(Debug, Subcommand)]
pub enum DemoCmd {
    /// Throw the demo hall away and lay a fresh one around the current time
    Reset,
}

#[derive(Debug, Subcommand)]
pub enum BenchCmd {
    /// Durable appends per second, append latency, and cold start of a large log
    Store {
        /// Events in the large log
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
        /// Durable appends to time
        #[arg(long, default_value_t = 2000)]
        appends: u32,
    },
    /// Time to forecast a day and suggest everyone's breaks
    Plan {
        /// Windows in the hall
        #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=500))]
        windows: u32,
        /// Times to repeat
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
        runs: u32,
    },
    /// Time to build the hall board's view and draw one frame with a long queue
    Board {
        /// Tickets waiting
        #[arg(long, default_value_t = 500)]
        tickets: u32,
        /// Frames to draw
        #[arg(long, default_value_t = 500)]
        frames: u32,
    },
    /// Time to draw one frame of the counter screen with a long line
    Render {
        /// Tickets waiting in the line
        #[arg(long, default_value_t = 500)]
        tickets: u32,
        /// Frames to draw
        #[arg(long, default_value_t = 2000)]
        frames: u32,
    },
    /// Trainer mode: a whole session of each shipped scenario, the score, a frame, the debrief
    Train {
        /// Repetitions of each measurement
        #[arg(long, default_value_t = 200)]
        frames: u32,
    },
    /// The quality record in a large log: fold, list, a complaint's context, a month's figures, a durable step
    Feedback {
        /// Hall events in the log
        #[arg(long, default_value_t = 300_000)]
        events: u64,
        /// Feedback entries among them (each with a rating)
        #[arg(long, default_value_t = 5_000, value_parser = clap::value_parser!(u32).range(1..))]
        entries: u32,
    },
    /// Time a month's report of a busy hall (built first, not timed)
    Report {
        /// Days of history
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=400))]
        days: u32,
        /// Customers on an ordinary weekday
        #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u32).range(1..=20000))]
        tickets: u32,
    },
    /// Simulated customers per second, on one core and on all
    Sim {
        /// Replications (simulated days) per measurement
        #[arg(long, default_value_t = 10_000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        reps: u64,
    },
}

#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// The break plan: a CSV file with the header window,start,end (hall times HH:MM; a staff column is ignored)
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// The day to simulate (YYYY-MM-DD, default today in the hall); without --plan its breaks come from the log
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// Replay recorded arrivals: a CSV file with the header arrival,service,duration (optional window, patience)
    #[arg(long, value_name = "FILE.csv")]
    pub arrivals: Option<PathBuf>,
    /// Write every customer of the (first) simulated day to this CSV file
    #[arg(long, value_name = "FILE.csv")]
    pub trace: Option<PathBuf>,
    /// Write the day's served tickets from the log as an arrivals file for --arrivals, and stop
    #[arg(long, value_name = "FILE.csv", conflicts_with_all = ["arrivals", "plan", "trace", "json"])]
    pub export_arrivals: Option<PathBuf>,
    /// Replications: independent simulated days (a replay is one day)
    #[arg(long, default_value_t = 1000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub reps: u64,
    /// Seed of the random numbers; the same seed gives the same figures
    #[arg(long, default_value_t = 1, value_name = "S")]
    pub seed: u64,
    /// How windows take breaks: finish-current (the product's rule) or preempt-resume (the textbook model)
    #[arg(long, default_value = "finish-current", value_name = "P")]
    pub policy: String,
    /// Worker threads (default: one per core)
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}
