//! One page in a WebDriver session — the app's window or a phone's browser —
//! and what a test does with it: wait, read, click, type, look, check.

use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use serde_json::Value;

use super::{artifacts, root, TestResult};

/// A page driven through WebDriver.
pub struct Page {
    pub client: Client,
}

impl Page {
    /// Waits (up to 15 s) for an element and returns it.
    pub async fn wait_for(&self, css: &str) -> TestResult<Element> {
        Ok(self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await?)
    }

    /// Waits until an element's text contains `needle`.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> TestResult<String> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                let text = element.text().await.unwrap_or_default();
                if text.contains(needle) {
                    return Ok(text);
                }
                if Instant::now() > deadline {
                    return Err(format!("{css} says {text:?}, expected {needle:?}").into());
                }
            } else if Instant::now() > deadline {
                return Err(format!("{css} never appeared").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the current screen is drawn and its heading contains `needle`.
    pub async fn wait_for_heading(&self, needle: &str) -> TestResult<String> {
        self.wait_for_text("main[aria-busy='false'] h1", needle)
            .await
    }

    pub async fn text(&self, css: &str) -> TestResult<String> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    /// The shown text of every element `css` matches, read in the page in
    /// one step: element by element, one removed meanwhile (a notice being
    /// closed, a list being redrawn) would make the read fail.
    pub async fn texts(&self, css: &str) -> TestResult<Vec<String>> {
        let found = self
            .client
            .execute(
                "return [...document.querySelectorAll(arguments[0])].map((e) => e.innerText.trim());",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        Ok(serde_json::from_value(found)?)
    }

    pub async fn click(&self, css: &str) -> TestResult {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// Sends keys to whatever has focus, as a person typing.
    pub async fn type_keys(&self, keys: &str) -> TestResult {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// Runs a script in the page and returns its value.
    pub async fn script(&self, source: &str) -> TestResult<Value> {
        Ok(self.client.execute(source, vec![]).await?)
    }

    /// Waits until the fonts are loaded and two frames have been painted, so
    /// a screenshot shows the page as it is now (WebKit may otherwise hand
    /// over the last frame it painted, with text not yet drawn).
    async fn painted(&self) -> TestResult {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.fonts.ready.then(() =>
                   requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Saves a screenshot under `artifacts/e2e/<name>.png` and returns its bytes.
    pub async fn screenshot(&self, name: &str) -> TestResult<Vec<u8>> {
        // Reading element text can scroll the page; show the top of the screen.
        self.client
            .execute(
                "window.scrollTo({ top: 0, left: 0, behavior: 'instant' }); return true;",
                vec![],
            )
            .await?;
        self.painted().await?;
        let png = self.client.screenshot().await?;
        std::fs::write(artifacts().join(format!("{name}.png")), &png)?;
        Ok(png)
    }

    /// Saves a screenshot with the element `css` scrolled to the top.
    pub async fn screenshot_at(&self, name: &str, css: &str) -> TestResult<Vec<u8>> {
        let element = self.wait_for(css).await?;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'start', behavior: 'instant' }); return true;",
                vec![serde_json::to_value(&element)?],
            )
            .await?;
        self.painted().await?;
        let png = self.client.screenshot().await?;
        std::fs::write(artifacts().join(format!("{name}.png")), &png)?;
        Ok(png)
    }

    /// Runs axe-core in the page against WCAG 2.1 A and AA rules and
    /// returns the violations (rule id and the elements involved).
    pub async fn axe_violations(&self) -> TestResult<Vec<String>> {
        let source = std::fs::read_to_string(root().join("ui/node_modules/axe-core/axe.min.js"))?;
        self.client
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await?;
        let result = self.client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));"#,
                vec![],
            )
            .await?;
        Ok(serde_json::from_value(result)?)
    }

    /// The statement ids on the current page, in order.
    pub async fn statements_on_page(&self) -> TestResult<Vec<String>> {
        self.wait_for("fieldset[data-statement]").await?;
        let mut ids = Vec::new();
        for element in self
            .client
            .find_all(Locator::Css("fieldset[data-statement]"))
            .await?
        {
            if let Some(id) = element.attr("data-statement").await? {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    /// Types into a text field: focuses it, empties it and sends the keys.
    pub async fn fill(&self, css: &str, text: &str) -> TestResult {
        let field = self.wait_for(css).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// The heading of the current screen.
    pub async fn heading(&self) -> TestResult<String> {
        self.text("main[aria-busy='false'] h1").await
    }
}
