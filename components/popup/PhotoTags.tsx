import { useId } from 'react';
import type { ImageMeta, Student } from '../../rules/types.ts';
import { PHOTO_BAR_LABELS, photoBar, studentLine } from './photo-consent.ts';
import { StudentPicker } from './StudentPicker.tsx';

export interface PhotoTagsProps {
  images: readonly ImageMeta[];
  /** The roster students tagged on any image, by id. */
  students: ReadonlyMap<string, Student>;
  /** Images marked as showing no roster student, by position. */
  noStudents: readonly boolean[];
  today: string;
  search(text: string): Promise<Student[]>;
  onAdd(index: number, student: Student): Promise<void>;
  onRemove(index: number, studentId: string): Promise<void>;
  onNoStudents(index: number, none: boolean): void;
}

function photoName(index: number, total: number): string {
  return total === 1 ? 'the photo' : `photo ${index + 1}`;
}

/** For each attached image: who from the roster is in it. Tags feed the student-photo rule. */
export function PhotoTags({ images, students, noStudents, today, search, onAdd, onRemove, onNoStudents }: PhotoTagsProps) {
  const base = useId();
  return (
    <div className="photos">
      {images.map((image, i) => {
        const tagged = image.taggedStudents ?? [];
        const headingId = `${base}-photo-${i}`;
        const which = photoName(i, images.length);
        return (
          <section key={`${i}:${image.name}`} className="photo" aria-labelledby={headingId} data-image={i}>
            <h3 id={headingId}>
              Photo {i + 1} <span className="hint">{image.name}</span>
            </h3>
            {tagged.length > 0 && (
              <ul className="tags" aria-label={`Students in ${which}`}>
                {tagged.map((id) => {
                  const s = students.get(id);
                  const name = s ? studentLine(s).name : `Student ${id} (no longer on the roster)`;
                  const bar = s && photoBar(s, today);
                  return (
                    <li key={id} className={bar ? 'tag barred' : 'tag'} data-student={id}>
                      <span>{name}</span>
                      {bar && <span className="pill fail">{PHOTO_BAR_LABELS[bar]}</span>}
                      <button
                        type="button"
                        className="remove"
                        aria-label={`Remove ${name} from ${which}`}
                        onClick={() => void onRemove(i, id)}
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            <StudentPicker
              label={`Who is in ${which}?`}
              exclude={new Set(tagged)}
              today={today}
              search={search}
              onPick={(s) => onAdd(i, s)}
            />
            {tagged.length === 0 && (
              <label className="none">
                <input type="checkbox" checked={noStudents[i] ?? false} onChange={(e) => onNoStudents(i, e.currentTarget.checked)} />
                No student from the roster can be recognised in {which}
              </label>
            )}
          </section>
        );
      })}
    </div>
  );
}
