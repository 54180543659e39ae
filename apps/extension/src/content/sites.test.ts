// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { composeBoxOf, parseAddress, profileUrl } from "./sites";

describe("parseAddress", () => {
  it("reads a name and an address as a To field holds them", () => {
    expect(parseAddress('"Sarah Chen" <sarah@example.com>')).toEqual({
      name: "Sarah Chen",
      email: "sarah@example.com",
    });
    expect(parseAddress("Ana Ruiz <ana@example.org>")).toEqual({ name: "Ana Ruiz", email: "ana@example.org" });
    expect(parseAddress("lee@example.com, ")).toEqual({ email: "lee@example.com" });
    expect(parseAddress("Lee")).toEqual({});
  });
});

describe("profileUrl", () => {
  it("reduces any profile address to one form, and nothing else is a profile", () => {
    expect(profileUrl("/in/sarah-chen/details/experience/?x=1")).toBe("https://www.linkedin.com/in/sarah-chen/");
    expect(profileUrl("https://www.linkedin.com/in/n%C3%BA%C3%B1ez")).toBe("https://www.linkedin.com/in/núñez/");
    expect(profileUrl("https://www.linkedin.com/company/acme/")).toBeUndefined();
  });
});

describe("composeBoxOf", () => {
  it("takes a dialog's textarea on LinkedIn for a connection note, and a textarea elsewhere for nothing", () => {
    document.body.innerHTML =
      '<div role="dialog"><textarea id="a" maxlength="200"></textarea></div><textarea id="b"></textarea>';
    const box = composeBoxOf(document.getElementById("a"), "www.linkedin.com");
    expect(box?.channel).toBe("linkedin-note");
    expect(box?.context().freeAccount).toBe(true);
    expect(composeBoxOf(document.getElementById("b"), "www.linkedin.com")).toBeNull();
  });

  it("takes a messaging editor on LinkedIn but not a post's, and finds the person from the conversation", () => {
    document.body.innerHTML =
      '<section><h2><a href="/in/priya-raman/">Priya Raman</a></h2><form class="msg-form"><div id="m" contenteditable="true" role="textbox"><p>x</p></div></form></section><div id="post" contenteditable="true" aria-label="Text editor for creating content"></div>';
    const box = composeBoxOf(document.querySelector("#m p"), "www.linkedin.com");
    expect(box?.channel).toBe("linkedin-message");
    expect(box?.element.id).toBe("m");
    expect(box?.context().recipient).toEqual({
      name: "Priya Raman",
      linkedInUrl: "https://www.linkedin.com/in/priya-raman/",
    });
    expect(composeBoxOf(document.getElementById("post"), "www.linkedin.com")).toBeNull();
  });

  it("reads Gmail's recipient chip and subject", () => {
    document.body.innerHTML =
      '<div role="dialog"><span email="sarah@example.com" name="Sarah Chen">Sarah Chen</span><input name="subjectbox" value="Your talk"><div id="g" contenteditable="true" role="textbox"></div></div>';
    const box = composeBoxOf(document.getElementById("g"), "mail.google.com");
    expect(box?.channel).toBe("email");
    expect(box?.context()).toEqual({
      recipient: { name: "Sarah Chen", email: "sarah@example.com" },
      subject: "Your talk",
    });
  });

  it("has nothing to say on other sites", () => {
    document.body.innerHTML = '<div role="dialog"><textarea id="a"></textarea></div>';
    expect(composeBoxOf(document.getElementById("a"), "example.com")).toBeNull();
  });
});
