"""A reviewer's session in the workbench, in Debian's chromium driven by selenium.

Arguments: the workbench's address, a second one bound beyond loopback with a token, that
token, and a report file to upload as the next revision of 2021. Prints what the browser
showed as one JSON object; WorkbenchBrowserTests judges it, and the CLI judges the store.
"""
import json
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

base, token_base, token, upload = sys.argv[1:5]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + tempfile.mkdtemp()]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(120)
seen = {}


def heading():
    return driver.find_element(By.TAG_NAME, "h1").text


def follow(element):
    """Clicks a link or submit button and waits until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 120).until(lambda _: replaced(page))


def replaced(page):
    """Whether the old page's root is gone. While the next document loads, chromedriver may say
    so as "Node with given id does not belong to the document" rather than as a stale element,
    which selenium's staleness_of lets through as a failure (seen in a CI run at load 2)."""
    try:
        page.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in error.msg:
            return True
        raise


def alert_shown():
    try:
        driver.switch_to.alert
        return True
    except NoAlertPresentException:
        return False


try:
    driver.get(base)
    seen["summary"] = heading()
    follow(driver.find_element(By.LINK_TEXT, "czj-2024@1"))
    seen["findings"] = heading()
    Select(driver.find_element(By.NAME, "level")).select_by_value("error")
    follow(driver.find_element(By.CSS_SELECTOR, "form.filters button"))
    seen["levels"] = sorted({row.get_attribute("data-level") for row in driver.find_elements(By.CSS_SELECTOR, "tr.finding")})
    link = driver.find_element(By.CSS_SELECTOR, "tr.finding a")
    seen["finding"] = link.text
    follow(link)
    seen["findingTitle"] = heading()
    image = driver.find_element(By.CSS_SELECTOR, "img.page")
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return arguments[0].complete", image))
    seen["imageSize"] = driver.execute_script("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", image)

    Select(driver.find_element(By.NAME, "status")).select_by_value("confirmed")
    driver.find_element(By.NAME, "reason").send_keys("printed 0.3万元; checked against the table")
    follow(driver.find_element(By.CSS_SELECTOR, "form.triage button"))
    seen["trail"] = driver.find_element(By.CSS_SELECTOR, ".trail").text
    seen["afterTriage"] = heading()

    driver.get(base + "upload")
    driver.find_element(By.NAME, "version").send_keys("2021")
    driver.find_element(By.NAME, "file").send_keys(upload)
    driver.find_element(By.NAME, "message").send_keys("second submission")
    follow(driver.find_element(By.CSS_SELECTOR, "form.upload button"))
    seen["uploaded"] = heading()
    follow(driver.find_element(By.LINK_TEXT, "What changed"))
    seen["diff"] = heading()
    driver.back()
    WebDriverWait(driver, 120).until(expected_conditions.presence_of_element_located((By.NAME, "q"))).send_keys("pwned")
    follow(driver.find_element(By.CSS_SELECTOR, "form.filters button"))
    follow(driver.find_element(By.CSS_SELECTOR, "tr.finding a"))
    seen["hostileQuoted"] = '<script>alert("pwned")</script>' in driver.find_element(By.TAG_NAME, "body").text
    seen["alert"] = alert_shown()
    seen["scripts"] = len(driver.find_elements(By.TAG_NAME, "script"))
    seen["injectedImages"] = len(driver.find_elements(By.CSS_SELECTOR, "img[src='x']"))

    driver.get(token_base)
    seen["withoutToken"] = driver.find_element(By.TAG_NAME, "body").text
    driver.get(token_base + "?token=" + token)
    seen["withToken"] = heading()
    driver.get(token_base + "findings?ref=2021")
    seen["withCookie"] = heading()
finally:
    driver.quit()
print(json.dumps(seen, ensure_ascii=False))
