import { useRecognitionLookupCaptchaQuery } from '../../__generated__/graphql';

export interface CaptchaState {
  captcha: { id: string; svg: string } | null;
  loading: boolean;
  failed: boolean;
  /** Fetches a new image (换一张, or after a wrong answer: each captcha is single-use). */
  refresh: () => Promise<void>;
}

/** The captcha for 企业认定查询, always fresh from the server. */
export function useCaptcha(): CaptchaState {
  const { data, loading, error, refetch } = useRecognitionLookupCaptchaQuery({ fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  return {
    captcha: data?.recognitionLookupCaptcha ?? null,
    loading,
    failed: Boolean(error),
    refresh: async () => {
      try {
        await refetch();
      } catch {
        // Shown through `failed`; the person can press 换一张 again.
      }
    },
  };
}
