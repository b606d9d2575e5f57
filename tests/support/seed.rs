//! Builds the seed page: `../shared/seed/news-page-with-clutter.txt` (a real news page as a reader
//! sees it, clutter included) poured into `www/seed.template.html` (a WordPress news theme's
//! markup, with the clutter marked up the way the theme and the CookieLawInfo plugin do).
//!
//! The seed text is third-party: it is read at build time from `../shared/` and never committed.
//! Every visible string of the page comes from the seed; the template only adds markup.

use std::fmt::Write;

/// Where the seed lives, relative to the project root.
pub const SEED_PATH: &str = "../shared/seed/news-page-with-clutter.txt";
/// The template, relative to the project root.
pub const TEMPLATE_PATH: &str = "www/seed.template.html";

/// Lines of the seed after the article, in order: the clutter the template places.
const CLUTTER_SLOTS: &[&str] = &["related", "cookie_text", "company", "lorem", "newsletter", "latest"];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Fills the template with the seed's text. Errors name what in the seed was not where expected.
pub fn page(seed: &str, template: &str) -> Result<String, String> {
    let lines: Vec<&str> = seed.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let get = |i: usize, what: &str| lines.get(i).copied().ok_or(format!("seed: no {what} (line {i})"));
    let breadcrumb = get(0, "breadcrumb")?;
    let title = get(1, "title")?;
    let byline = get(2, "byline")?;
    let comments = get(3, "comment counter")?;
    let author_at = lines.iter().position(|l| *l == "TYT Newsroom").ok_or("seed: no author box")?;
    let paragraphs = &lines[4..author_at];
    let clutter = &lines[author_at + 1..];
    if clutter.len() < CLUTTER_SLOTS.len() {
        return Err(format!("seed: expected {} clutter lines after the article, found {}", CLUTTER_SLOTS.len(), clutter.len()));
    }
    // The cookie line ends with its button's label.
    let (cookie_text, cookie_button) = clutter[1].rsplit_once(' ').ok_or("seed: no cookie button")?;
    let crumbs: Vec<&str> = breadcrumb.strip_suffix(title).unwrap_or(breadcrumb).split_whitespace().collect();
    let mut body = String::new();
    for p in paragraphs {
        let _ = writeln!(body, "          <p>{}</p>", escape(p));
    }
    let site = byline.trim_start_matches("by ").trim();
    let mut out = template.to_string();
    let mut fill = |slot: &str, value: &str| out = out.replace(&format!("{{{{{slot}}}}}"), value);
    fill("crumb_home", &escape(crumbs.first().copied().unwrap_or("Home")));
    fill("crumb_section", &escape(crumbs.get(1).copied().unwrap_or("")));
    fill("title", &escape(title));
    fill("site", &escape(site));
    fill("comments", &escape(comments));
    fill("paragraphs", body.trim_end());
    fill("author", &escape(lines[author_at]));
    fill("cookie_text", &escape(cookie_text));
    fill("cookie_button", &escape(cookie_button));
    for (slot, line) in CLUTTER_SLOTS.iter().zip(clutter) {
        if *slot != "cookie_text" {
            fill(slot, &escape(line));
        }
    }
    if let Some(start) = out.find("{{") {
        let end = out[start..].find("}}").map_or(out.len(), |e| start + e + 2);
        return Err(format!("template slot {} was not filled", &out[start..end]));
    }
    Ok(out)
}

/// Reads the seed and the template from the project root and builds the page.
pub fn page_from_files(root: &std::path::Path) -> Result<String, String> {
    let seed = std::fs::read_to_string(root.join(SEED_PATH)).map_err(|e| format!("{SEED_PATH}: {e}"))?;
    let template = std::fs::read_to_string(root.join(TEMPLATE_PATH)).map_err(|e| format!("{TEMPLATE_PATH}: {e}"))?;
    page(&seed, &template)
}
