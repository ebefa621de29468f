import { graphql } from '@zjtx/test-kit';
import type { Locator, Page } from 'playwright-core';

const ANSWER = 'query DevCaptchaAnswer($id: ID!) { devCaptchaAnswer(id: $id) }';

interface Captcha {
  id: string;
  svg: string;
}

/**
 * Follows the captchas a page receives (RecognitionLookupCaptcha answers), so a test can name the
 * one whose image is on screen — then ask for its answer, as a person reads it off the image.
 */
export function followCaptchas(page: Page): { shown: (image: Locator) => Promise<string> } {
  const received: Captcha[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    const body = response.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== 'RecognitionLookupCaptcha') return;
    response
      .json()
      .then((json: { data?: { recognitionLookupCaptcha?: Captcha } }) => {
        const captcha = json.data?.recognitionLookupCaptcha;
        if (captcha) received.push(captcha);
      })
      .catch(() => undefined);
  });
  return {
    /** The id of the captcha the image shows (its src is the SVG as a data: URL). */
    shown: async (image) => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const src = (await image.getAttribute('src')) ?? '';
        const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
        const captcha = received.find((candidate) => candidate.svg === svg);
        if (captcha) return captcha.id;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new TypeError('the captcha on screen is not one the page received');
    },
  };
}

/** The answer of a captcha, from the dev-only devCaptchaAnswer query (FORBIDDEN in production). */
export async function captchaAnswer(graphqlUrl: string, id: string): Promise<string> {
  const result = await graphql<{ devCaptchaAnswer: string | null }>(graphqlUrl, ANSWER, { variables: { id } });
  const answer = result.data?.devCaptchaAnswer;
  if (!answer) throw new TypeError(`devCaptchaAnswer(${id}) gave nothing: ${JSON.stringify(result.errors)}`);
  return answer;
}
