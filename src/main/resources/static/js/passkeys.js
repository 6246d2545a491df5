"use strict";
// Passkeys: registration on the passkeys page, and login with a passkey on the login page or as the
// second step. The ceremonies are Spring Security's (its endpoints, its JSON); this file is ours so
// that no page needs inline script. Each part sits in a hidden wrapper that is shown only where the
// browser can make and use passkeys.
(() => {
  const base64url = {
    encode(buffer) {
      const text = String.fromCharCode(...new Uint8Array(buffer));
      return window.btoa(text).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
    }
  };

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials && window.fetch);
  }

  // The form's own CSRF token, sent as the header Spring Security reads on JSON requests.
  function headersOf(form) {
    const token = form.querySelector("input[name='_csrf']");
    return token ? { "X-CSRF-TOKEN": token.value } : {};
  }

  async function post(url, headers, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function say(problem, text) {
    problem.textContent = text;
    problem.hidden = false;
  }

  function descriptors(list) {
    return (list || []).map((credential) => ({ ...credential, id: base64url.decode(credential.id) }));
  }

  async function register(form, problem) {
    const headers = headersOf(form);
    const label = form.querySelector("input[name='label']").value.trim();
    if (!label) {
      say(problem, "Give the passkey a name first, such as the device it is on.");
      return;
    }
    const optionsAnswer = await post("/webauthn/register/options", headers);
    if (!optionsAnswer.ok) {
      say(problem, "The portal could not start adding a passkey. Reload the page and try again.");
      return;
    }
    const options = await optionsAnswer.json();
    let credential;
    try {
      credential = await navigator.credentials.create({
        publicKey: {
          ...options,
          user: { ...options.user, id: base64url.decode(options.user.id) },
          challenge: base64url.decode(options.challenge),
          excludeCredentials: descriptors(options.excludeCredentials)
        }
      });
    } catch (error) {
      say(problem, error && error.name === "InvalidStateError"
        ? "This device holds a passkey for your account already."
        : "No passkey was made: the request was cancelled or timed out.");
      return;
    }
    const response = credential.response;
    const answer = await post(form.action, headers, {
      publicKey: {
        label,
        credential: {
          id: credential.id,
          rawId: base64url.encode(credential.rawId),
          type: credential.type,
          response: {
            attestationObject: base64url.encode(response.attestationObject),
            clientDataJSON: base64url.encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        }
      }
    });
    if (!answer.ok) {
      say(problem, "The portal did not accept this passkey. Try again, or try another device.");
      return;
    }
    window.location.assign(form.dataset.done);
  }

  async function logIn(form, problem) {
    const headers = headersOf(form);
    const optionsAnswer = await post("/webauthn/authenticate/options", headers);
    if (!optionsAnswer.ok) {
      say(problem, "The portal could not start a passkey login. Reload the page and try again.");
      return;
    }
    const options = await optionsAnswer.json();
    let credential;
    try {
      credential = await navigator.credentials.get({
        publicKey: {
          ...options,
          challenge: base64url.decode(options.challenge),
          allowCredentials: descriptors(options.allowCredentials)
        }
      });
    } catch (error) {
      say(problem, "No passkey was used: the request was cancelled or timed out.");
      return;
    }
    const response = credential.response;
    const next = form.querySelector("input[name='next']");
    const url = form.action + (next && next.value ? "?next=" + encodeURIComponent(next.value) : "");
    const answer = await post(url, headers, {
      id: credential.id,
      rawId: base64url.encode(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: base64url.encode(response.authenticatorData),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        signature: base64url.encode(response.signature),
        userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    if (answer.status === 429) {
      say(problem, "Too many failed logins. For your safety, logging in is paused: try again later.");
      return;
    }
    const result = answer.ok ? await answer.json() : null;
    if (!result || !result.authenticated) {
      say(problem, "That passkey did not log you in. It may have been removed, or belong to another account.");
      return;
    }
    window.location.assign(result.redirectUrl);
  }

  function wire(selector, ceremony) {
    document.querySelectorAll(selector).forEach((wrapper) => {
      const form = wrapper.querySelector("form");
      const problem = wrapper.querySelector(".passkey-problem");
      if (!supported()) {
        return;
      }
      wrapper.hidden = false;
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        problem.hidden = true;
        ceremony(form, problem).catch(() => say(problem, "Something went wrong. Reload the page and try again."));
      });
    });
  }

  wire("[data-passkey-register]", register);
  wire("[data-passkey-login]", logIn);
})();
