/**
 * @jest-environment jsdom
 *
 * StatusMessage, the pane's one MessageBar: its variants render the intent, role, title, text, details and the
 * dismiss button as the sections rely on (rendered in jsdom with react-dom/client and act).
 */
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StatusMessage } from "../../src/taskpane/components/StatusMessage";

(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout: Fluent's MessageBar only observes its size.
(window as unknown as Record<string, unknown>).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(element: ReactElement): HTMLElement {
  act(() => root.render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>));
  const bar = container.querySelector<HTMLElement>(".fui-MessageBar");
  if (!bar) throw new Error("no MessageBar rendered");
  return bar;
}

const text = (el: Element | null | undefined) => el?.textContent ?? "";

describe("StatusMessage", () => {
  test("an error is an alert with its title and text", () => {
    const bar = render(
      <StatusMessage status={{ intent: "error", title: "作成できませんでした", text: "理由" }} />
    );
    expect(bar.getAttribute("role")).toBe("alert");
    expect(bar.className).toContain("fui-MessageBar");
    expect(text(bar.querySelector(".fui-MessageBarTitle"))).toBe("作成できませんでした");
    expect(text(bar.querySelector(".fui-MessageBarBody"))).toBe("作成できませんでした理由");
    expect(bar.querySelector("button")).toBeNull();
  });

  test("other intents are a status by default; a bar in a form can be a group", () => {
    for (const intent of ["success", "warning", "info"] as const) {
      expect(render(<StatusMessage status={{ intent, text: intent }} />).getAttribute("role")).toBe(
        "status"
      );
    }
    expect(
      render(<StatusMessage status={{ intent: "warning", text: "w" }} role="group" />).getAttribute(
        "role"
      )
    ).toBe("group");
    expect(
      render(<StatusMessage status={{ intent: "error", text: "e" }} role="group" />).getAttribute(
        "role"
      )
    ).toBe("group");
  });

  test("no title renders no title element", () => {
    const bar = render(<StatusMessage status={{ intent: "info", text: "お知らせ" }} />);
    expect(bar.querySelector(".fui-MessageBarTitle")).toBeNull();
    expect(text(bar.querySelector(".fui-MessageBarBody"))).toBe("お知らせ");
  });

  test("the bar is labelled by an element that exists: its title, or its text when it has none", () => {
    for (const status of [
      { intent: "error" as const, title: "作成できませんでした", text: "理由" },
      { intent: "info" as const, text: "お知らせ" },
    ]) {
      const bar = render(<StatusMessage status={status} />);
      const label = document.getElementById(bar.getAttribute("aria-labelledby") ?? "");
      expect(text(label)).toBe(status.title ?? status.text);
    }
  });

  test("details show one per line under the text, or as a bulleted list", () => {
    const lines = render(
      <StatusMessage
        status={{ intent: "error", title: "T", text: "本文" }}
        details={["一", "二"]}
      />
    );
    const body = lines.querySelector(".fui-MessageBarBody");
    expect([...(body?.querySelectorAll(":scope > div") ?? [])].map(text)).toEqual(["一", "二"]);
    expect(body?.querySelector("ul")).toBeNull();

    const list = render(
      <StatusMessage status={{ intent: "warning" }} details={["a", "b", "c"]} detailsAs="list" />
    );
    expect([...list.querySelectorAll("ul > li")].map(text)).toEqual(["a", "b", "c"]);
    expect(list.querySelector(".fui-MessageBarTitle")).toBeNull();
  });

  test("a dismissible bar has a labelled button that calls back", () => {
    const onDismiss = jest.fn();
    const bar = render(
      <StatusMessage
        status={{ intent: "info", text: "例を入力しました" }}
        dismissLabel="閉じる"
        onDismiss={onDismiss}
      />
    );
    const button = bar.querySelector("button");
    expect(button?.getAttribute("aria-label")).toBe("閉じる");
    act(() => button?.click());
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test("layout and test id reach the MessageBar", () => {
    const bar = render(
      <StatusMessage
        status={{ intent: "success", text: "ok" }}
        layout="multiline"
        data-testid="saved"
      />
    );
    expect(bar.getAttribute("data-testid")).toBe("saved");
    // Only a multiline bar has the spacer under its body.
    expect(bar.querySelector(".fui-MessageBar__bottomReflowSpacer")).not.toBeNull();
    const single = render(
      <StatusMessage status={{ intent: "success", text: "ok" }} layout="singleline" />
    );
    expect(single.querySelector(".fui-MessageBar__bottomReflowSpacer")).toBeNull();
  });
});
