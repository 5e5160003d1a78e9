import { toast, usePrompt } from '@medusajs/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fetchAnswer, sdk, useFailureToast } from '../lib/sdk';

/** What the confirmation asks, its button, and the toast once it is done. */
export interface ConfirmedDeleteTexts {
  title: string;
  description: string;
  confirm: string;
  done: string;
}

/**
 * A removal that asks first: `confirmThenDelete` opens a dialog and only once confirmed sends
 * DELETE `path` (its answer read with `answer`, the route's contract, when given); then a toast
 * says it is done and `onDone` runs. A refusal shows the server's message; a cancel sends nothing.
 */
export function useConfirmedDelete({
  path,
  answer,
  texts,
  onDone,
}: {
  path: string;
  answer?: z.ZodType;
  texts: ConfirmedDeleteTexts;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const prompt = usePrompt();
  const remove = useMutation({
    mutationFn: () =>
      answer
        ? fetchAnswer(answer, path, { method: 'DELETE' })
        : sdk.client.fetch(path, { method: 'DELETE' }),
    onSuccess: async () => {
      toast.success(texts.done);
      await onDone();
    },
    onError: useFailureToast(),
  });
  const confirmThenDelete = async () => {
    const confirmed = await prompt({
      title: texts.title,
      description: texts.description,
      confirmText: texts.confirm,
      cancelText: t('nguongoc.common.cancel'),
    });
    if (confirmed) remove.mutate();
  };
  return { confirmThenDelete, isPending: remove.isPending };
}
