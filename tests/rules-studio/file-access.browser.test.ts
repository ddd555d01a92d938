import { expect } from '@esm-bundle/chai';
import { rejection } from './rejection.ts';
import { readTextFile, pickWithInput, MAX_OPEN_BYTES } from '../../rules-studio/src/files/file-access.ts';

describe('Opening rules files', () => {
  it('reads a YAML file as text, unicode included.', async () => {
    expect(await readTextFile(new File(['disclosure:\n  de: Grüße 👋\n'], 'rules.yaml'))).to.equal('disclosure:\n  de: Grüße 👋\n');
  });

  it('refuses a file over the size limit and names the file and the limit.', async () => {
    const error = await rejection(readTextFile(new File([new Uint8Array(MAX_OPEN_BYTES + 1)], 'huge.yaml')));
    expect(error.message).to.match(/huge\.yaml is \d+ bytes; the studio opens rules files up to \d+ bytes/);
  });

  it('refuses a binary file.', async () => {
    const error = await rejection(readTextFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], 'logo.png')));
    expect(error.message).to.match(/logo\.png is not a text file/);
  });

  it('reads the file chosen in the upload input and resets the input for the next upload.', async () => {
    const input = document.createElement('input');
    input.type = 'file';
    document.body.append(input);
    input.click = () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['version: 1\n'], 'picked.yaml'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    const opened = await pickWithInput(input);
    expect(opened).to.deep.equal({ name: 'picked.yaml', text: 'version: 1\n', handle: null });
    expect(input.value).to.equal('');
    input.remove();
  });

  it('resolves null when the upload is cancelled without a file.', async () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.click = () => input.dispatchEvent(new Event('change'));
    expect(await pickWithInput(input)).to.equal(null);
  });
});
